/**
 * Machine reasons clients see in `extensions.reason`, beside `code` and `field`: one value per rule, so a
 * client can show its own (Thai) message for each without parsing the English text. Values are part of the
 * API contract: never rename or reuse one; add new ones. Each value equals its key (a unit spec checks it).
 */
export enum ErrorReason {
  // Requests the schema refuses before any resolver runs (graphql-js, Apollo, class-validator).
  /** A value has the wrong type or is not one of the allowed values (e.g. an unknown enum value). */
  INVALID_VALUE = 'INVALID_VALUE',
  /** The query does not parse or does not validate against the schema. */
  INVALID_QUERY = 'INVALID_QUERY',
  /** The operation's estimated cost is above the server's limit: ask for fewer fields or a smaller page. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** An automatic persisted query hash the server does not know: send the full query. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  /** Too many attempts in a short time (login rate limit): try again later. */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** An unexpected server error; the details are in the server log, not in the response. */
  INTERNAL = 'INTERNAL',
  /** PostgreSQL is restarting or cannot be reached: HTTP 503, try again in a moment. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',

  // Input rules shared by many fields (`field` says which).
  /** A required text is empty or only whitespace. */
  EMPTY_TEXT = 'EMPTY_TEXT',
  /** A text (or URL) is longer than its limit; the message gives the limit. */
  TEXT_TOO_LONG = 'TEXT_TOO_LONG',
  /** A list holds more entries than its limit (steps, links, indicator codes, assignees, evidence). */
  TOO_MANY_ITEMS = 'TOO_MANY_ITEMS',
  /** A count or page size outside its allowed range; the message gives the range. */
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  /** A date that is not a real Gregorian `YYYY-MM-DD` date (e.g. 2023-02-30, or a Thai-formatted date). */
  INVALID_DATE = 'INVALID_DATE',
  /** A link that is not an absolute http:// or https:// URL. */
  INVALID_URL = 'INVALID_URL',
  /** An id that is not well formed (not a UUID, not an audit entry id). */
  INVALID_ID = 'INVALID_ID',
  /** A province code that is not 2 digits. */
  INVALID_PROVINCE_CODE = 'INVALID_PROVINCE_CODE',

  // Frameworks and scores.
  /** No ITA framework is loaded for the fiscal year (unknown year, or a Gregorian year given as Buddhist era). */
  FISCAL_YEAR_WITHOUT_FRAMEWORK = 'FISCAL_YEAR_WITHOUT_FRAMEWORK',
  /** An indicator code that the fiscal year's framework does not have. */
  UNKNOWN_INDICATOR = 'UNKNOWN_INDICATOR',
  /** A tool code other than the framework's (IIT, EIT, OIT). */
  UNKNOWN_TOOL = 'UNKNOWN_TOOL',
  /** An OIT item code that the fiscal year's framework does not have (codes change between years). */
  UNKNOWN_OIT_ITEM = 'UNKNOWN_OIT_ITEM',
  /** A score that is not a number (NaN, text). */
  SCORE_NOT_A_NUMBER = 'SCORE_NOT_A_NUMBER',
  /** A score (indicator, tool or total) outside 0–100. */
  SCORE_OUT_OF_RANGE = 'SCORE_OUT_OF_RANGE',

  // Survey windows.
  /** A survey window that closes before it opens. */
  SURVEY_WINDOW_INVERTED = 'SURVEY_WINDOW_INVERTED',
  /** A survey window with a day outside its fiscal year. */
  SURVEY_WINDOW_OUTSIDE_YEAR = 'SURVEY_WINDOW_OUTSIDE_YEAR',

  // Measures.
  /** A due date (a measure's or a step's) before the fiscal year before the measure's, or after the one after. */
  DUE_DATE_OUTSIDE_WINDOW = 'DUE_DATE_OUTSIDE_WINDOW',
  /** A step due after its measure's due date. */
  DUE_DATE_AFTER_MEASURE = 'DUE_DATE_AFTER_MEASURE',
  /** A status change the measure's current status does not allow (e.g. PLANNED → COMPLETED). */
  STATUS_CHANGE_NOT_ALLOWED = 'STATUS_CHANGE_NOT_ALLOWED',
  /** The measure is COMPLETED or CANCELLED: its status is final. */
  MEASURE_CLOSED = 'MEASURE_CLOSED',
  /** Assigning someone who is not a member of the measure's organization. */
  ASSIGNEE_NOT_A_MEMBER = 'ASSIGNEE_NOT_A_MEMBER',
  /** A province-wide measure given an empty list of organizations (leave the list out for all). */
  NO_ORGANIZATIONS_NAMED = 'NO_ORGANIZATIONS_NAMED',
  /** A province-wide measure naming an organization of another province. */
  ORGANIZATION_OUTSIDE_PROVINCE = 'ORGANIZATION_OUTSIDE_PROVINCE',
  /** A province-wide measure for a province that has no organizations. */
  PROVINCE_WITHOUT_ORGANIZATIONS = 'PROVINCE_WITHOUT_ORGANIZATIONS',

  // OIT items and surveys.
  /** Publishing an OIT item without a link to the page that answers it. */
  PUBLISHED_WITHOUT_EVIDENCE = 'PUBLISHED_WITHOUT_EVIDENCE',
  /** Returning an OIT item without a comment saying what to fix. */
  RETURN_WITHOUT_COMMENT = 'RETURN_WITHOUT_COMMENT',
  /** Reviewing an OIT item that is not published. */
  OIT_ITEM_NOT_PUBLISHED = 'OIT_ITEM_NOT_PUBLISHED',
  /** An ITAS survey access code that is not 6 digits or lower-case letters. */
  INVALID_ACCESS_CODE = 'INVALID_ACCESS_CODE',
  /** An eligible staff count given for the EIT: only the IIT (staff survey) has one. */
  ELIGIBLE_STAFF_COUNT_IIT_ONLY = 'ELIGIBLE_STAFF_COUNT_IIT_ONLY',

  // Notifications.
  /** Retrying a notification that has not FAILED. */
  NOTIFICATION_NOT_FAILED = 'NOTIFICATION_NOT_FAILED',

  // Frameworks as data and carry-over (issue 15). Framework problems carry the path inside the framework
  // (file or `definition` argument) as `field`, e.g. `tools.1.weight`, `oitItems.42.subIndicatorCode`.
  /** A framework file or definition whose shape is wrong: a missing or unknown property, a wrong type or range. */
  FRAMEWORK_INVALID = 'FRAMEWORK_INVALID',
  /** A framework file that cannot be read at all: not JSON, not an XLSX workbook, or a sheet of the layout missing. */
  FRAMEWORK_FILE_UNREADABLE = 'FRAMEWORK_FILE_UNREADABLE',
  /** Two tools, indicators, grades, sub-indicators or items of one framework with the same code (or two items with one order). */
  FRAMEWORK_DUPLICATE_CODE = 'FRAMEWORK_DUPLICATE_CODE',
  /** The weights of one level (tools; the indicators of a tool; the sub-indicators of an indicator) do not sum to 100%, or only some of them are given. */
  FRAMEWORK_WEIGHTS_NOT_100 = 'FRAMEWORK_WEIGHTS_NOT_100',
  /** An indicator's tool, a sub-indicator's indicator or an item's sub-indicator that the framework does not define (or an OIT sub-indicator under a non-OIT indicator). */
  FRAMEWORK_UNKNOWN_REFERENCE = 'FRAMEWORK_UNKNOWN_REFERENCE',
  /** A tool without indicators, an OIT indicator without sub-indicators or a sub-indicator without items: it could never be scored. */
  FRAMEWORK_EMPTY_GROUP = 'FRAMEWORK_EMPTY_GROUP',
  /** Grade bands that leave part of 0–100 without a grade: the lowest does not start at 0, or a band's max stops short of the next band. */
  FRAMEWORK_GRADE_BANDS_GAP = 'FRAMEWORK_GRADE_BANDS_GAP',
  /** Grade bands that overlap: not strictly descending by min, or a band's max reaches into the next band. */
  FRAMEWORK_GRADE_BANDS_OVERLAP = 'FRAMEWORK_GRADE_BANDS_OVERLAP',
  /** A pass threshold outside the graded range (above 0, at most 100). */
  FRAMEWORK_PASS_THRESHOLD_OUTSIDE = 'FRAMEWORK_PASS_THRESHOLD_OUTSIDE',
  /** A framework file for another fiscal year than the draft it is imported into. */
  FRAMEWORK_YEAR_MISMATCH = 'FRAMEWORK_YEAR_MISMATCH',
  /** Editing, importing into or publishing a framework version that is already published: published revisions never change; copy it into a new draft. */
  FRAMEWORK_NOT_DRAFT = 'FRAMEWORK_NOT_DRAFT',
  /** Starting a draft for a fiscal year that already has one: edit, publish or discard that draft first. */
  FRAMEWORK_DRAFT_EXISTS = 'FRAMEWORK_DRAFT_EXISTS',
  /** Carrying over a measure that is not of the fiscal year before the target year. */
  CARRY_OVER_WRONG_YEAR = 'CARRY_OVER_WRONG_YEAR',
  /** Carrying over a measure that is finished (COMPLETED or CANCELLED): only unfinished measures carry over. */
  CARRY_OVER_MEASURE_CLOSED = 'CARRY_OVER_MEASURE_CLOSED',

  // People: invitations, passwords, members (issue 12). Thai messages for these are in libs/people.
  /** A new password shorter than 10 characters. */
  PASSWORD_TOO_SHORT = 'PASSWORD_TOO_SHORT',
  /** A new password longer than 200 characters. */
  PASSWORD_TOO_LONG = 'PASSWORD_TOO_LONG',
  /** A new password that is the account's email address (or the part before the @). */
  PASSWORD_IS_EMAIL = 'PASSWORD_IS_EMAIL',
  /** A new password that is one of the most common passwords, or as easy to guess (zxcvbn score below 3). */
  PASSWORD_TOO_COMMON = 'PASSWORD_TOO_COMMON',
  /** changePassword with a current password that is wrong. */
  WRONG_CURRENT_PASSWORD = 'WRONG_CURRENT_PASSWORD',
  /** An invitation or password-reset token that is unknown, already used, revoked, replaced or expired. */
  TOKEN_NOT_VALID = 'TOKEN_NOT_VALID',
  /** An email address that is not well formed. */
  INVALID_EMAIL = 'INVALID_EMAIL',
  /** An ORG_LEAD / ORG_MEMBER invitation without organizationId, or a PROVINCE_SUPERVISOR one without provinceCode (or with the other one). */
  INVITATION_SCOPE_MISSING = 'INVITATION_SCOPE_MISSING',
  /** Inviting an ADMIN: admins are made by the operators, not by invitation. */
  ROLE_NOT_INVITABLE = 'ROLE_NOT_INVITABLE',
  /** Inviting someone who already holds that role there. */
  ALREADY_A_MEMBER = 'ALREADY_A_MEMBER',
  /** Revoking an invitation that was already accepted or revoked. */
  INVITATION_NOT_PENDING = 'INVITATION_NOT_PENDING',
  /** Removing (or demoting) the last ITA lead of an LAO without naming another member as successorUserId. */
  LAST_LEAD = 'LAST_LEAD',
  /** A successorUserId who is not a member of the LAO (or is the person being removed). */
  SUCCESSOR_NOT_A_MEMBER = 'SUCCESSOR_NOT_A_MEMBER',
  /** Removing or changing the role of someone who is not a member of the LAO. */
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  /** A role that does not belong to an LAO (only ORG_LEAD and ORG_MEMBER do). */
  ROLE_NOT_IN_ORGANIZATION = 'ROLE_NOT_IN_ORGANIZATION',
  /** The accepted invitation's email has an account whose password was not the one given: sign in with it. */
  ACCOUNT_EXISTS = 'ACCOUNT_EXISTS',
  /** A people import that cannot be confirmed: it has row errors, or it was already confirmed. */
  IMPORT_NOT_CONFIRMABLE = 'IMPORT_NOT_CONFIRMABLE',
  /** No such invitation visible to the caller. */
  INVITATION_NOT_FOUND = 'INVITATION_NOT_FOUND',
  /** No such people import in that province. */
  IMPORT_NOT_FOUND = 'IMPORT_NOT_FOUND',

  // Reports and imports (issue 13): an uploaded file refused as a whole (field `file`; message in Thai).
  /** An upload larger than the import's limit (5 MB), or whose unpacked parts would be (a zip bomb). */
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  /** An upload that is not an .xlsx workbook (another format, a damaged file, an empty body). */
  FILE_NOT_XLSX = 'FILE_NOT_XLSX',
  /** A sheet with more data rows than the import takes at once (2,000). */
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',

  // Not found (code NOT_FOUND): the thing does not exist, or the caller may not know it does.
  /** No such organization (LAO). */
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
  /** No such province, or no roll-up for it. */
  PROVINCE_NOT_FOUND = 'PROVINCE_NOT_FOUND',
  /** No such district. */
  DISTRICT_NOT_FOUND = 'DISTRICT_NOT_FOUND',
  /** No such measure visible to the caller. */
  MEASURE_NOT_FOUND = 'MEASURE_NOT_FOUND',
  /** No such measure step visible to the caller (or it was removed meanwhile). */
  STEP_NOT_FOUND = 'STEP_NOT_FOUND',
  /** No such evidence link visible to the caller. */
  EVIDENCE_NOT_FOUND = 'EVIDENCE_NOT_FOUND',
  /** No such user. */
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  /** No such notification (outbox email). */
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
  /** No such framework version (issue 15). */
  FRAMEWORK_VERSION_NOT_FOUND = 'FRAMEWORK_VERSION_NOT_FOUND',

  // Signing in (code UNAUTHENTICATED).
  /** No bearer token, or the operation needs a signed-in user. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** Wrong email or password (or a disabled account: deliberately not told apart). */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** The access token has expired: refresh it with the refresh token. */
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  /** The access token is malformed, tampered with or not an access token, or its user is gone or disabled: sign in again. */
  TOKEN_INVALID = 'TOKEN_INVALID',
  /** The refresh token is unknown, expired, already used or revoked: sign in again. */
  REFRESH_TOKEN_INVALID = 'REFRESH_TOKEN_INVALID',

  // Access (code FORBIDDEN).
  /** The caller may not see or change this organization or province (or not at this level). */
  FORBIDDEN = 'FORBIDDEN',
  /** The operation needs a role (e.g. ADMIN) that none of the caller's memberships has. */
  ROLE_REQUIRED = 'ROLE_REQUIRED',
  /** The operation declares no access policy and is refused by default (a server bug, never the caller's). */
  NO_ACCESS_POLICY = 'NO_ACCESS_POLICY',

  // Hardening (issue 16): operations refused for what they would cost, and text the server never stores.
  /** The operation has more aliases than the limit (extensions.maximum): ask for each field once. */
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  /** The operation nests deeper than the limit (extensions.maximum). */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** The operation uses more directives than the limit (extensions.maximum). */
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  /** The document has more tokens than the limit: it is refused before it is parsed in full. */
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  /** The answer would be larger than the limit (extensions.maximum bytes): ask for less. */
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  /** The caller spent its budget of operation cost for this minute: wait extensions.retryAfterSeconds. */
  COST_BUDGET_EXCEEDED = 'COST_BUDGET_EXCEEDED',
  /** Schema introspection is for signed-in ADMIN in production. */
  INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED',
  /** A text with a NUL character or a lone UTF-16 surrogate (not valid Unicode text). */
  INVALID_TEXT = 'INVALID_TEXT',
  /** The operation named by operationName is not in the document. */
  UNKNOWN_OPERATION = 'UNKNOWN_OPERATION',
  /** The access token's session has ended (signed out, its refresh token reused, the member removed): sign in again. */
  SESSION_REVOKED = 'SESSION_REVOKED',
  /** A request body that is not JSON (or not a JSON object): send `{"query": …}` as application/json. */
  BODY_NOT_JSON = 'BODY_NOT_JSON',
  /** A request body larger than the limit (extensions.maximum bytes). */
  BODY_TOO_LARGE = 'BODY_TOO_LARGE',
  /** A POST to /graphql whose Content-Type is not application/json (HTTP 415). */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  /** An automatic persisted query (extensions.persistedQuery): this server takes full documents only. */
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',

  // Province dashboard (issue 11).
  /** A roll-up filter names a district of another province (provinceRollup's districtCode). */
  DISTRICT_OUTSIDE_PROVINCE = 'DISTRICT_OUTSIDE_PROVINCE',

  // Report packs (libs/reports/src/pack).
  /** No report pack with that id that the caller may see. */
  REPORT_PACK_NOT_FOUND = 'REPORT_PACK_NOT_FOUND',
  /** The pack is still being built: poll its progress and download when DONE. */
  REPORT_PACK_NOT_READY = 'REPORT_PACK_NOT_READY',
  /** The pack's file has expired (or its build failed): ask for a new one. */
  REPORT_PACK_EXPIRED = 'REPORT_PACK_EXPIRED',

  // Survey posters (issue 14, libs/posters).
  /** Posters asked for an LAO (or a province) without an ITAS access code for the year: enter the codes first. */
  SURVEY_ACCESS_CODE_MISSING = 'SURVEY_ACCESS_CODE_MISSING',
  /** No poster pack with that id in that province that the caller may see, or it has expired. */
  POSTER_PACK_NOT_FOUND = 'POSTER_PACK_NOT_FOUND',
  /** Downloading a poster pack that is still being made, or whose rendering failed (ask for a new one). */
  POSTER_PACK_NOT_READY = 'POSTER_PACK_NOT_READY',
}

const REASONS: ReadonlySet<string> = new Set(Object.values(ErrorReason));

/** Whether `value` is one of the reasons above (e.g. a reason read back from a GraphQL error's extensions). */
export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && REASONS.has(value);
}
