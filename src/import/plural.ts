/**
 * English singular / plural in message templates: `{count|SKU|SKUs}` becomes "SKU" when the
 * variable `count` is 1 and "SKUs" otherwise ("1 SKU", "2 SKUs", "0 SKUs"). Chinese templates
 * need no such choice and simply do not use it. Applied before the plain `{name}` placeholders
 * are filled, so one template carries both.
 * @example pluralize("{n} {n|row|rows} could not be imported", { n: 1 }) // => "{n} row could not be imported"
 */
export function pluralize(template: string, vars: Readonly<Record<string, unknown>> = {}): string {
  return template.replace(
    /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
    (_m, name: string, one: string, many: string) => {
      const v = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
      return Number(v) === 1 ? one : many;
    },
  );
}
