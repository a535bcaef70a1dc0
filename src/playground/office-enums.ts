/**
 * The Office.js enum values the add-in reads, as office.js defines them at run time (strings:
 * @types/office-js declares some of them as numeric enums, but Outlook hands out these strings).
 * The on-send bench's mock uses it too.
 */
export const SIM_ENUMS = {
  CoercionType: { Html: "html", Text: "text" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { RecipientsChanged: "olkRecipientsChanged" },
  HostType: { Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  MailboxEnums: {
    RecipientType: {
      DistributionList: "distributionList",
      User: "user",
      ExternalUser: "externalUser",
      Other: "other",
    },
    SendModeOverride: { PromptUser: "promptUser" },
    AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
    ComposeType: { NewMail: "newMail", Reply: "reply", Forward: "forward" },
    ItemType: { Message: "message", Appointment: "appointment" },
  },
} as const;

export type SimEnums = typeof SIM_ENUMS;
