/** The changes one report makes to the default partner directory, kept in its consultation state. */
import type { PartnerOrganisation } from '../consultation/directory';

/** Changes this report makes to the default partner directory. */
export interface DirectoryOverrides {
  /** Organisations added, or defaults changed (same id): the whole organisation as it now is. */
  organisations: PartnerOrganisation[];
  /** Ids of default organisations taken out. */
  removed: string[];
}
