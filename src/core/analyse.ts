import { MAX_ATTACHED_DEPTH, RECIPIENT_FIELDS } from "./draft";
import type {
  AttachedMessage,
  Draft,
  MessageHeaders,
  Person,
  Recipient,
  RecipientField,
} from "./draft";
import type { Member, MemberDirectory, MemberGroup } from "./directory/types";
import type { QuotedHistory } from "./quoted/types";
import { parseQuotedHistory } from "./quoted";
import { hasCllrTitle } from "./text/titles";
import { subjectComposeKind } from "./text/subject";
import { normaliseAddress } from "./text/addresses";

/** A recipient of the draft and the members it is, or stands for. */
export interface ResolvedRecipient {
  field: RecipientField;
  recipient: Recipient;
  /** The member this address belongs to, or every member of a member group. */
  members: Member[];
  group?: MemberGroup;
  /** The display name carries "Cllr"/"Councillor" (possibly a member at an unknown address). */
  hasCllrTitle: boolean;
}

/** A message the draft carries: quoted in its body or attached as an email item. */
export interface EarlierMessage {
  headers: MessageHeaders;
  source: "quoted" | "attached";
  /**
   * Which chain it belongs to: 0 for the body's quoted history, 1, 2, … for each attached email
   * with the messages it quotes. Within a chain, messages run nearest first, and each one quotes
   * (so its parties have seen) every message after it.
   */
  chain: number;
  /** For attached emails: the attachment that carries it. */
  attachment?: { id?: string; name?: string };
  /** The members who wrote it. */
  authors: Member[];
  /** Lower-cased addresses on its From, To and Cc. */
  partyAddresses: ReadonlySet<string>;
  /** Ids of the members on its From, To and Cc (member groups expanded). */
  partyMemberIds: ReadonlySet<string>;
}

/** Everything the rules need to know about a draft, worked out once per check. */
export interface DraftAnalysis {
  draft: Draft;
  recipients: ResolvedRecipient[];
  quoted: QuotedHistory;
  earlierMessages: EarlierMessage[];
  /** The compose type, confirmed from the subject and the quoted history (Outlook sometimes says "new" wrongly). */
  composeKind: "new" | "reply" | "forward";
  /** Subject and whole body as text (for word, ward and postcode search). */
  readonly searchText: string;
  /** Subject and the officer's new text only. */
  readonly newSearchText: string;
  /** Ids of members with a consent recorded for this rule (or for every rule). */
  consentedMemberIds(rule: string): ReadonlySet<string>;
}

function describeEarlierMessage(
  directory: MemberDirectory,
  headers: MessageHeaders,
  source: EarlierMessage["source"],
  chain: number,
  attachment?: EarlierMessage["attachment"],
): EarlierMessage {
  const authors = new Map<string, Member>();
  const partyAddresses = new Set<string>();
  const partyMemberIds = new Set<string>();
  const parties: Person[] = [...headers.from, ...headers.to, ...headers.cc];
  parties.forEach((person, i) => {
    const { members, group } = directory.resolve(person);
    // The first parties are the From line: its members (not a group's) wrote the message.
    if (i < headers.from.length && !group) for (const m of members) authors.set(m.id, m);
    for (const m of members) partyMemberIds.add(m.id);
    const address = person.address && normaliseAddress(person.address);
    if (address) partyAddresses.add(address);
  });
  return {
    headers,
    source,
    chain,
    attachment,
    authors: [...authors.values()],
    partyAddresses,
    partyMemberIds,
  };
}

function confirmComposeKind(draft: Draft, quoted: QuotedHistory): DraftAnalysis["composeKind"] {
  if (draft.composeType === "forward" || draft.attachedMessages.length > 0) return "forward";
  const fromSubject = subjectComposeKind(draft.subject);
  if (fromSubject) return fromSubject;
  if (draft.composeType === "reply") return "reply";
  const nearest = quoted.messages[0];
  if (nearest) return nearest.kind === "forward" ? "forward" : "reply";
  return "new";
}

export function analyseDraft(draft: Draft, directory: MemberDirectory): DraftAnalysis {
  const recipients: ResolvedRecipient[] = [];
  for (const field of RECIPIENT_FIELDS) {
    for (const recipient of draft[field]) {
      const { members, group } = directory.resolve(recipient);
      const titled = hasCllrTitle(recipient.name);
      recipients.push({ field, recipient, members, group, hasCllrTitle: titled });
    }
  }
  const quoted = parseQuotedHistory(draft.body);
  const earlierMessages = quoted.messages.map((m) =>
    describeEarlierMessage(directory, m, "quoted", 0),
  );
  draft.attachedMessages.forEach((attached, i) => {
    const attachment = { id: attached.id, name: attached.name };
    // An attached message may itself quote a chain, or carry emails attached to it: they travel
    // with it, as one chain that goes when the attachment does.
    const add = (attached: AttachedMessage, depth: number): void => {
      const quotedInside = attached.body ? parseQuotedHistory(attached.body).messages : [];
      for (const m of [attached, ...quotedInside]) {
        earlierMessages.push(describeEarlierMessage(directory, m, "attached", i + 1, attachment));
      }
      if (depth < MAX_ATTACHED_DEPTH)
        (attached.attachedMessages || []).forEach((n) => add(n, depth + 1));
    };
    add(attached, 1);
  });

  return {
    draft,
    recipients,
    quoted,
    earlierMessages,
    composeKind: confirmComposeKind(draft, quoted),
    // Joining strings does not copy them (engines build ropes), so a 1 MB body costs nothing here.
    searchText: `${draft.subject}\n${quoted.text}`,
    newSearchText: `${draft.subject}\n${quoted.newText}`,
    consentedMemberIds(rule: string) {
      return new Set(
        draft.records.consents
          .filter((c) => c.rule === undefined || c.rule === rule)
          .map((c) => c.memberId),
      );
    },
  };
}
