import type { EarlierMessage, ResolvedRecipient } from "../../analyse";
import { normaliseAddress } from "../../text/addresses";
import { addressOf } from "./recipients";

/** Who was on which message of the chains a draft carries. */
export interface ChainParties {
  /** Has the recipient seen this message (been on it, or on a nearer one of its chain)? */
  hasSeen(r: ResolvedRecipient, message: EarlierMessage): boolean;
  /** Was the recipient on any message of any chain? */
  wasOnAny(r: ResolvedRecipient): boolean;
}

/**
 * Indexes the parties of `messages` once, so that "has this recipient seen message k?" is a
 * few Map lookups, whatever the chain's length.
 *
 * Within a chain messages run nearest first and each quotes the ones after it, so a person on
 * message j has seen every message k ≥ j: what matters is the first message they were on.
 */
export function chainParties(messages: readonly EarlierMessage[]): ChainParties {
  // `${chain} ${address or member id}` → index (in `messages`) of the first message they were on.
  const firstByAddress = new Map<string, number>();
  const firstByMember = new Map<string, number>();
  const indexOf = new Map<EarlierMessage, number>();
  const recordFirst = (map: Map<string, number>, key: string, index: number): void => {
    if (!map.has(key)) map.set(key, index);
  };
  messages.forEach((message, index) => {
    indexOf.set(message, index);
    for (const a of message.partyAddresses)
      recordFirst(firstByAddress, `${message.chain} ${a}`, index);
    for (const id of message.partyMemberIds)
      recordFirst(firstByMember, `${message.chain} ${id}`, index);
  });

  /**
   * Was the recipient on a message of `chain` at or before index `last`? A member group counts
   * once every one of its members had been on one.
   */
  const wasOn = (r: ResolvedRecipient, chain: number, last: number): boolean => {
    const by = (map: Map<string, number>, key: string): boolean =>
      (map.get(`${chain} ${key}`) ?? Infinity) <= last;
    return (
      by(firstByAddress, normaliseAddress(addressOf(r))) ||
      (r.members.length > 0 && r.members.every((m) => by(firstByMember, m.id)))
    );
  };

  const chains = new Set(messages.map((m) => m.chain));
  return {
    hasSeen(r, message) {
      const index = indexOf.get(message);
      return index !== undefined && wasOn(r, message.chain, index);
    },
    wasOnAny: (r) => [...chains].some((chain) => wasOn(r, chain, messages.length)),
  };
}
