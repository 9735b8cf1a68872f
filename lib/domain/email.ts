// E-mail addresses, including those on internationalised domains (почта.рф):
// one canonical form, so that "Anna@Почта.РФ" and "anna@xn--80a1acny.xn--p1ai"
// are the same account. The domain is kept in ASCII (IDNA) form, which every
// mail server accepts; the local part is lower-cased (both common Russian and
// international providers treat it case-insensitively).
export const EMAIL_MAX = 254;

// Letters of any script, digits and the RFC 5322 atext symbols; dots between atoms.
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const ASCII_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** The domain in ASCII form, or null when it is not a host name. Uses the WHATWG URL parser (browser and Node). */
function asciiDomain(domain: string): string | null {
  if (!domain || /[\s/\\?#@:[\]%]/.test(domain)) return null;
  let host: string;
  try {
    host = new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
  const labels = host.split(".");
  if (labels.length < 2 || host.length > 253) return null;
  if (!labels.every((l) => ASCII_LABEL.test(l)) || !TLD.test(labels.at(-1)!)) return null;
  return host;
}

/** The canonical form of an address, or null when it is not one. */
export function canonicalEmail(raw: string): string | null {
  const value = raw.trim().normalize("NFC");
  const at = value.lastIndexOf("@");
  if (at < 1) return null;
  const local = value.slice(0, at);
  if (local.length > 64 || !LOCAL_PART.test(local)) return null;
  const domain = asciiDomain(value.slice(at + 1));
  if (domain === null) return null;
  const email = `${local.toLowerCase()}@${domain}`;
  return email.length <= EMAIL_MAX ? email : null;
}
