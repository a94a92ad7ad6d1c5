import { Foundation1795386317200 } from './1795386317200-foundation';

/** Every migration, in order. Listed here (not globbed) so the same list works from source and from dist. */
export const MIGRATIONS = [Foundation1795386317200];
