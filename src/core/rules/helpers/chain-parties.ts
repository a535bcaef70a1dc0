import type { EarlierMessage, ResolvedRecipient } from "../../analyse";
import { normaliseAddress } from "../../text/addresses";

/**
 * Who was on which message of the chains a draft carries, indexed once so that "has this
 * recipient seen message k?" is a couple of Map lookups, whatever the chain's length.
 *
 * Within a chain messages run nearest first and each quotes the ones after it, so a person on
 * message j has seen every message k ≥ j: what matters is the first message they were on.
 */
export class ChainParties {
  /** Per chain: address → index (in `messages`) of the first message they were on. */
  private readonly firstByAddress = new Map<number, Map<string, number>>();
  private readonly firstByMember = new Map<number, Map<string, number>>();
  private readonly indexOf = new Map<EarlierMessage, number>();

  constructor(messages: readonly EarlierMessage[]) {
    messages.forEach((message, index) => {
      this.indexOf.set(message, index);
      const addresses = this.chainMap(this.firstByAddress, message.chain);
      for (const a of message.partyAddresses) if (!addresses.has(a)) addresses.set(a, index);
      const members = this.chainMap(this.firstByMember, message.chain);
      for (const id of message.partyMemberIds) if (!members.has(id)) members.set(id, index);
    });
  }

  private chainMap(maps: Map<number, Map<string, number>>, chain: number): Map<string, number> {
    let map = maps.get(chain);
    if (!map) {
      map = new Map();
      maps.set(chain, map);
    }
    return map;
  }

  /**
   * The index of the first message of `chain` this recipient was on (for a member group, once
   * every one of its members had been on one); undefined when never.
   */
  firstSeen(r: ResolvedRecipient, chain: number): number | undefined {
    const byAddress = this.firstByAddress.get(chain)?.get(normaliseAddress(r.recipient.address));
    let byMembers: number | undefined;
    if (r.members.length > 0) {
      const members = this.firstByMember.get(chain);
      byMembers = -1;
      for (const m of r.members) {
        const first = members?.get(m.id);
        if (first === undefined) {
          byMembers = undefined;
          break;
        }
        byMembers = Math.max(byMembers, first);
      }
    }
    if (byAddress === undefined) return byMembers;
    return byMembers === undefined ? byAddress : Math.min(byAddress, byMembers);
  }

  /** Has the recipient seen this message (been on it, or on a nearer one of its chain)? */
  hasSeen(r: ResolvedRecipient, message: EarlierMessage): boolean {
    const first = this.firstSeen(r, message.chain);
    const index = this.indexOf.get(message);
    return first !== undefined && index !== undefined && first <= index;
  }

  /** Was the recipient on any message of any chain? */
  wasOnAny(r: ResolvedRecipient): boolean {
    for (const chain of this.firstByAddress.keys()) {
      if (this.firstSeen(r, chain) !== undefined) return true;
    }
    return false;
  }
}
