/**
 * The in-app URL to go to after sign-in. Only same-app paths are accepted ("/households?x=1"), never another origin
 * ("//evil.example", "https://…") nor the sign-in page itself.
 */
export function safeReturnUrl(value: string | null | undefined, loginPath = '/login'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === loginPath || value.startsWith(`${loginPath}?`) || value.startsWith(`${loginPath}/`)) return '/';
  return value;
}
