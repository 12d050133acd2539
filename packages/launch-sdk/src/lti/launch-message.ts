import { LtiLaunchError, type LtiLaunchErrorCode } from './launch-error.ts';

/** A verified LTI 1.1 basic launch, as a tool needs it. */
export interface LtiLaunch {
  /** Stable per consumer and user: encodeURIComponent(consumerKey) + ':' + encodeURIComponent(user_id). Key your data on it. */
  userKey: string;
  userId: string;
  consumerKey: string;
  roles: string[];
  resourceLink: { id: string; title?: string };
  locale?: string;
  /** launch_presentation_return_url, only when it is an http(s) URL. */
  returnUrl?: string;
  documentTarget?: string;
  outcomeService?: { url: string; sourcedId: string };
  toolConsumer: { instanceGuid?: string; productFamilyCode?: string };
  /** custom_* parameters with the prefix stripped. */
  custom: Record<string, string>;
  /** Every signed parameter as received (Authorization header, query, body), oauth_signature left out. */
  params: Array<[string, string]>;
}

const CUSTOM_PREFIX = 'custom_';

/** The consumer's return URL when it is one a browser may safely be sent to. */
export function returnUrlOf(params: ReadonlyArray<readonly [string, string]>): string | undefined {
  const candidate = firstValue(params, 'launch_presentation_return_url');
  if (candidate === undefined || !URL.canParse(candidate)) return undefined;
  const { protocol } = new URL(candidate);
  return protocol === 'http:' || protocol === 'https:' ? candidate : undefined;
}

/**
 * Checks the LTI message of an authenticated request and maps it to an LtiLaunch.
 * A parameter given more than once counts by its first occurrence (all of them were signed).
 */
export function readLaunchMessage(consumerKey: string, params: Array<[string, string]>): LtiLaunch {
  const returnUrl = returnUrlOf(params);
  const reject = (code: LtiLaunchErrorCode, detail?: string): LtiLaunchError =>
    new LtiLaunchError(code, { ...(detail && { detail }), ...(returnUrl && { returnUrl }) });
  const value = (name: string): string | undefined => firstValue(params, name);

  if (value('lti_message_type') !== 'basic-lti-launch-request') throw reject('LTI_BAD_MESSAGE_TYPE');
  if (value('lti_version') !== 'LTI-1p0') throw reject('LTI_BAD_VERSION', 'lti_version');
  const resourceLinkId = value('resource_link_id');
  if (!resourceLinkId) throw reject('LTI_MISSING_RESOURCE_LINK_ID');
  const userId = value('user_id');
  if (!userId) throw reject('LTI_MISSING_USER_ID');

  const resourceLinkTitle = value('resource_link_title');
  const locale = value('launch_presentation_locale');
  const documentTarget = value('launch_presentation_document_target');
  const outcomeUrl = value('lis_outcome_service_url');
  const sourcedId = value('lis_result_sourcedid');
  const instanceGuid = value('tool_consumer_instance_guid');
  const productFamilyCode = value('tool_consumer_info_product_family_code');
  return {
    userKey: `${encodeURIComponent(consumerKey)}:${encodeURIComponent(userId)}`,
    userId,
    consumerKey,
    roles: (value('roles') ?? '').split(',').map((role) => role.trim()).filter(Boolean),
    resourceLink: { id: resourceLinkId, ...(resourceLinkTitle !== undefined && { title: resourceLinkTitle }) },
    ...(locale && { locale }),
    ...(returnUrl && { returnUrl }),
    ...(documentTarget && { documentTarget }),
    ...(outcomeUrl && sourcedId && { outcomeService: { url: outcomeUrl, sourcedId } }),
    toolConsumer: { ...(instanceGuid && { instanceGuid }), ...(productFamilyCode && { productFamilyCode }) },
    custom: customParameters(params),
    params,
  };
}

function customParameters(params: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const custom: Record<string, string> = {};
  for (const [name, value] of params) {
    const key = name.slice(CUSTOM_PREFIX.length);
    if (name.startsWith(CUSTOM_PREFIX) && key && !Object.hasOwn(custom, key)) custom[key] = value;
  }
  return custom;
}

export function firstValue(params: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  return params.find(([candidate]) => candidate === name)?.[1];
}
