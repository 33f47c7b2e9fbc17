/**
 * The fake Word's two profiles: "Word desktop" and "Word on the web". Each documented difference
 * of real Word from the plain load/sync model is a switch, on in the profile(s) where it has been
 * reported, with its source (office-js = github.com/OfficeDev/office-js issues). Tests run their
 * suites under both profiles (`WORD_PROFILES`) and name the profile in their titles; a test that
 * studies one behaviour switches it on its own with `installFakeWord(doc, { behaviours: {...} })`.
 *
 * The `insertOoxml` faults are off in both profiles: the reports give no trigger our writes meet
 * (#1914 needs a control sharing a paragraph; we insert regions as paragraphs of their own) or
 * happen now and then (#3271), so a profile that always had them would make every test a fault
 * test. The read-back tests switch each on, in both profiles.
 */

export interface WordBehaviours {
  /**
   * `body.paragraphs` / `body.contentControls` loaded again in the same `Word.run` keep the items
   * of their first load: paragraphs or controls added since are missing, removed ones stay gone.
   * Source: office-js #3284 "Word Online: body.paragraps collection doesn't update" (web only;
   * desktop refreshes them).
   */
  staleBodyCollections: boolean;
  /**
   * `Comment.reply()` fails the batch with GeneralException. Source: office-js #6720 (reply
   * throws on Word on the web, works on desktop).
   */
  commentReplyFails: boolean;
  /**
   * `insertOoxml` leaves an extra empty paragraph: for a control's 'Replace', at the end of its
   * content. Source: office-js-docs #874 ("every time … the document will acquire an additional
   * paragraph"); desktop.
   */
  ooxmlExtraEmptyParagraph: boolean;
  /**
   * `insertOoxml` puts the content in twice (a second copy, control and all, right after the
   * first). Sources: office-js #1914 (web, when the control shares a paragraph), office-js-docs
   * #874 (Replace duplicating a content control).
   */
  ooxmlDuplicateCopy: boolean;
  /** `insertOoxml` drops the last row of each table it inserts. Source: office-js #6752. */
  ooxmlDropsTableRow: boolean;
  /** `insertOoxml` fails the batch with GeneralException. Source: office-js #3271 (web only). */
  ooxmlGeneralException: boolean;
  /**
   * `CustomXmlPart.setXml` given XML that starts with an XML declaration leaves the part as it was.
   * Source: office-js #1643 (desktop; works once the declaration is left out).
   */
  setXmlIgnoresDeclaredXml: boolean;
  /**
   * `customXmlParts.add` and `CustomXmlPart.delete` silently do nothing. Source: office-js #5910
   * (web). Off in the profile: it is intermittent; the state-part tests switch it on.
   */
  customXmlAddDeleteIgnored: boolean;
  /**
   * Loading a content-control collection that holds a kind the API does not support (date picker,
   * building-block gallery, group, repeating section: the Word.ContentControl reference; office-js
   * #1382) fails the batch with NotImplemented. Source: office-js #3607 (desktop).
   */
  unsupportedControlsNotImplemented: boolean;
  /** Such controls are left out of content-control collections. Source: office-js #228 (desktop). */
  unsupportedControlsOmitted: boolean;
  /**
   * A sync whose request (the calls' arguments and written values) is over 5 MB fails whole with
   * RequestPayloadSizeLimitExceeded, not a Word.ErrorCodes member. Source: "Resource limits and
   * performance optimization for Office Add-ins" (Office on the web: 5 MB request/response).
   */
  requestPayloadLimit: boolean;
}

export interface WordProfile {
  /** As it appears in test titles: "Word desktop", "Word on the web". */
  name: string;
  /** `Office.context.platform` / `onReady`'s platform. */
  platform: 'PC' | 'OfficeOnline';
  behaviours: WordBehaviours;
}

export const NO_QUIRKS: WordBehaviours = {
  staleBodyCollections: false,
  commentReplyFails: false,
  ooxmlExtraEmptyParagraph: false,
  ooxmlDuplicateCopy: false,
  ooxmlDropsTableRow: false,
  ooxmlGeneralException: false,
  setXmlIgnoresDeclaredXml: false,
  customXmlAddDeleteIgnored: false,
  unsupportedControlsNotImplemented: false,
  unsupportedControlsOmitted: false,
  requestPayloadLimit: false,
};

export const WORD_DESKTOP: WordProfile = {
  name: 'Word desktop',
  platform: 'PC',
  behaviours: { ...NO_QUIRKS, setXmlIgnoresDeclaredXml: true },
};

export const WORD_ON_THE_WEB: WordProfile = {
  name: 'Word on the web',
  platform: 'OfficeOnline',
  behaviours: {
    ...NO_QUIRKS,
    staleBodyCollections: true,
    commentReplyFails: true,
    requestPayloadLimit: true,
  },
};

/** Both profiles, for `describe.each(WORD_PROFILES)('… in $name', …)`. */
export const WORD_PROFILES: readonly WordProfile[] = [WORD_DESKTOP, WORD_ON_THE_WEB];
