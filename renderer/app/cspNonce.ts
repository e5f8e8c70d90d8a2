/**
 * The per-response nonce the host puts in a meta tag. Under the app's CSP every <style> element must
 * carry it: Griffel's, and those of the email and landing-page previews (srcdoc frames inherit the CSP).
 */
export function cspNonce(): string | undefined {
  const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return nonce && nonce !== '__CSP_NONCE__' ? nonce : undefined;
}
