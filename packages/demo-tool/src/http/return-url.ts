/** The launch's return URL when it is an absolute http(s) URL; anything else (javascript:, relative, garbage) is dropped. */
export function httpReturnUrl(value: string | undefined): string | undefined {
  if (!value || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

/** Adds LTI's lti_msg so the portal can tell the user what happened in the tool. */
export function withLtiMessage(returnUrl: string, message: string): string {
  const url = new URL(returnUrl);
  url.searchParams.set('lti_msg', message);
  return url.href;
}
