/**
 * Roles a roster member holds. A member with one of these is someone the team wrote down;
 * a 'villager' member is only an account that spoke to the bot, and no name ever makes it more.
 */
export const ROSTER_ROLES = ['cadre', 'leader', 'admin'];
