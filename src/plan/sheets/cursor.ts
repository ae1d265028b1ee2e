/**
 * Lays out a sheet of single cells top to bottom with a row cursor: a section title, a labelled
 * input (named, validated), a labelled formula (optionally named), a note. Nothing is placed by
 * a literal address, so adding a row anywhere moves everything below it, names included.
 */
import type { PlanCell, PlanName, PlanValidation, StyleKey } from "../types";
import type { SettingCell } from "../settings";

export type Expected = number | string | undefined;

export class SheetCursor {
  row = 1;
  readonly cells: PlanCell[] = [];
  readonly names: PlanName[] = [];
  readonly validations: PlanValidation[] = [];

  constructor(readonly sheet: string) {}

  /** The address of column `col` (A, B, …) in the current row. */
  at(col: string): string {
    return `${col}${this.row}`;
  }

  text(col: string, value: string, style: StyleKey = "label"): this {
    this.cells.push({ address: this.at(col), kind: "label", value, style });
    return this;
  }

  value(col: string, value: number | string | null, numberFormat?: string, style: StyleKey = "value"): this {
    this.cells.push({
      address: this.at(col),
      kind: "value",
      value,
      ...(numberFormat ? { numberFormat } : {}),
      style,
    });
    return this;
  }

  formula(col: string, formula: string, expected: Expected, numberFormat: string, name?: string): this {
    const ok = expected !== undefined && (typeof expected === "string" || Number.isFinite(expected));
    this.cells.push({
      address: this.at(col),
      kind: "formula",
      value: null,
      formula,
      ...(ok ? { expected } : {}),
      numberFormat,
      style: "computed",
    });
    if (name) this.names.push({ name, sheet: this.sheet, address: this.at(col) });
    return this;
  }

  /** Label in A, the buyer's input in B (named, validated, yellow). */
  input(c: SettingCell, overridden: boolean): this {
    this.text("A", c.label);
    this.cells.push({
      address: this.at("B"),
      kind: "input",
      value: c.value,
      numberFormat: c.numberFormat,
      style: "input",
      key: { kind: "name", name: c.name },
      ...(overridden ? { overridden: true } : {}),
    });
    this.text("C", c.help, "note");
    this.names.push({ name: c.name, sheet: this.sheet, address: this.at("B") });
    if (c.rule)
      this.validations.push({
        range: this.at("B"),
        rule: c.rule,
        allowBlank: c.value === null,
        errorMessage: c.errorMessage,
      });
    return this.next();
  }

  /** Label in A, a formula in B. */
  calc(label: string, formula: string, expected: Expected, numberFormat: string, name?: string): this {
    this.text("A", label);
    this.formula("B", formula, expected, numberFormat, name);
    return this.next();
  }

  /** Label in A, a computed value in B (from the core, not a formula), with how it was made in C. */
  fact(
    label: string,
    value: number | string | null,
    numberFormat: string,
    note?: string,
    style: StyleKey = "value",
  ): this {
    this.text("A", label);
    this.value("B", value, numberFormat, style);
    if (note) this.text("C", note, "note");
    return this.next();
  }

  section(title: string): this {
    this.row++;
    this.text("A", title, "section");
    return this.next();
  }

  next(rows = 1): this {
    this.row += rows;
    return this;
  }
}
