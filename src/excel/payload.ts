/**
 * Request-size arithmetic. Excel on the web refuses a request over about 5 MB
 * (RequestPayloadSizeLimitExceeded); the writer keeps every request under
 * `DEFAULT_MAX_REQUEST_BYTES` by estimating each queued operation as the UTF-8 size of its JSON
 * arguments plus a fixed per-action overhead.
 */

/** 4 MB (decimal): the plan build's budget per request, 20 % under Excel on the web's cap. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** Per-action overhead in the real protocol (object path, property name, ids); generous on purpose. */
export const ACTION_OVERHEAD_BYTES = 120;

/**
 * UTF-8 length of a string without encoding it (works in browsers and Node alike).
 * @example
 * utf8Length("备货") // => 6
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4; // surrogate pair = one 4-byte code point
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated bytes of one action carrying `args`. */
export function actionBytes(...args: unknown[]): number {
  return ACTION_OVERHEAD_BYTES + utf8Length(JSON.stringify(args) ?? "");
}
