/** The on-send script's build-target.ts (see there). */
export const ON_SEND: boolean = true;
