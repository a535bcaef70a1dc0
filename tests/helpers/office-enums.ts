/** The Office.js enum values the add-in reads, for mocks of the `Office` namespace (tests, bench). */
export const OFFICE_ENUMS = {
  CoercionType: { Html: "html", Text: "text" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
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
  },
};
