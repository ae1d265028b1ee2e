import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useI18n } from "../../i18n";
import type { PurchasingField, SafetyMethod } from "../../draft";
import { NumberField } from "../../components/NumberField";
import { Explain } from "../../components/Explain";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";

const FIELDS: readonly PurchasingField[] = [
  "serviceLevelPct",
  "ruleOfThumbPct",
  "supplierLeadDays",
  "depositPct",
];

/** Step 4: safety stock both ways, order quantity (MOQ, case pack), PO date, cash by terms. */
export function Step4Purchasing({ wizard, today }: StepProps) {
  const { t, num, money, date } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const s = useStep(wizard);
  const fc = s.forecast;
  return (
    <div className={base.root}>
      <Field label={t("safetyMethod")}>
        <RadioGroup value={s.method} onChange={(_, d) => s.setMethod(d.value as SafetyMethod)}>
          <Radio value="rule" label={t("method_rule")} />
          <Radio value="statistical" label={t("method_statistical")} />
        </RadioGroup>
      </Field>
      {FIELDS.map((f) => (
        <NumberField
          key={f}
          label={f}
          value={s.fields.value(f)}
          onChange={(v) => s.fields.set(f, v)}
          problem={s.fields.problem(f)}
        />
      ))}
      {s.result && fc ? (
        <>
          <table className={base.table} aria-label={t("purchaseTitle")}>
            <thead>
              <tr>
                <th className={base.th}>{t("colSku")}</th>
                <th className={`${base.th} ${base.num}`}>{t("colSafetyRule")}</th>
                <th className={`${base.th} ${base.num}`}>{t("colSafetyStat")}</th>
                <th className={`${base.th} ${base.num}`}>{t("colOrder")}</th>
              </tr>
            </thead>
            <tbody>
              {s.result.skus.map((p) => (
                <tr key={p.sku}>
                  <td className={base.td}>{p.sku}</td>
                  <td className={`${base.td} ${base.num} ${s.method === "rule" ? styles.used : ""}`}>
                    {num(p.safetyRule)}
                  </td>
                  <td className={`${base.td} ${base.num} ${s.method === "statistical" ? styles.used : ""}`}>
                    {num(p.safetyStat)}
                  </td>
                  <td className={`${base.td} ${base.num}`}>{num(p.orderQty)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Explain
            title={t("purchaseTitle")}
            lines={[
              s.firstPo < today
                ? { id: "po", tone: "warning" as const, text: t("poDatePast", { date: date(s.firstPo) }) }
                : { id: "po", text: t("poDateLine", { date: date(s.firstPo) }) },
              ...s.result.skus.map((p, i) => ({
                id: p.sku,
                text: t("safetyExplain", {
                  sku: p.sku,
                  rule: num(p.safetyRule),
                  pct: num(s.rulePct, 1),
                  stat: num(p.safetyStat),
                  z: num(s.result?.z ?? 0, 2),
                  sd: num(fc.skus[i]?.sdDaily ?? 0, 1),
                  lead: num(p.leadDays),
                  order: num(p.orderQty),
                  moq: num(p.moq),
                  pack: num(p.casePack),
                  onHand: num(p.onHand),
                }),
              })),
            ]}
          />
          <Explain
            title={t("cashTitle")}
            lines={s.result.cash.map((c, i) => ({
              id: `${c.kind}-${c.mode}-${i}`,
              text: t(`cash_${c.kind}`, { date: date(c.date), amount: money(c.amount) }),
            }))}
          />
        </>
      ) : (
        <p className={base.muted}>{t("needHistory")}</p>
      )}
    </div>
  );
}
