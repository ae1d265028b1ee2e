import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useI18n } from "../../i18n";
import { paneCurrency } from "../../compute/purchaseCurrency";
import type { SafetyMethod } from "../../draft";
import { NumberField } from "../../components/NumberField";
import { Explain } from "../../components/Explain";
import { Summary, type Metric } from "../../components/Summary";
import { Details } from "../../components/Details";
import { Blocked } from "../../components/Blocked";
import { leadTimes } from "../../compute/leadTime";
import { blockerFor } from "../../useWizard";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { ScrollTable } from "../../components/ScrollTable";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";
import { PURCHASING_FIELDS } from "../../stepFields";

/** Step 4: safety stock both ways, order quantity (MOQ, case pack), PO date, cash by terms. */
export function Step4Purchasing({ wizard, today, goTo }: StepProps) {
  const { t, num, money, date } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const s = useStep(wizard);
  const fc = s.forecast;
  const r = s.result;
  const blocker = r && fc ? null : blockerFor(wizard.draft, wizard.derived, 3);
  const lead = leadTimes(wizard.draft, wizard.derived.read.values.supplierLeadDays);
  const units = r ? r.skus.reduce((sum, p) => sum + p.orderQty, 0) : 0;
  const toOrder = r ? r.skus.filter((p) => p.orderQty > 0).length : 0;
  // unit costs are in the purchase currency (the SKU file's); money is shown in the sale currency
  const currency = paneCurrency(wizard.draft, wizard.derived.read.values.fxRate);
  const fx = currency.ok ? currency.fxRate : Number.NaN;
  const fxMissing = wizard.derived.read.problems.fxRate;
  const noFx = fxMissing ? t(fxMissing.key, fxMissing.params) : undefined;
  const purchaseCost = r ? r.skus.reduce((sum, p) => sum + p.orderQty * p.unitCost, 0) * fx : 0;
  // the plan's dated cash: what leaves the account before anything sells, and when it starts
  const cash = r?.cash ?? [];
  const cashOut = cash.reduce((sum, c) => sum + c.amount, 0);
  const firstPay = cash.reduce((min, c) => (min === "" || c.date < min ? c.date : min), "");
  const deposits = cash.filter((c) => c.kind === "deposit").reduce((sum, c) => sum + c.amount, 0);
  const metrics: Metric[] = r
    ? [
        {
          id: "orderUnits",
          label: t("m_orderUnits"),
          value: num(units),
          note: t("m_orderNote", { n: num(toOrder) }),
        },
        {
          id: "purchase",
          label: t("m_purchase"),
          value: noFx ? "–" : money(purchaseCost),
          note: noFx,
          tone: noFx ? "danger" : undefined,
        },
        {
          id: "firstPo",
          label: t("m_firstPo"),
          value: s.firstPo ? date(s.firstPo) : "–",
          tone: s.firstPo && s.firstPo < today ? "danger" : undefined,
        },
        {
          id: "cashOut",
          label: t("m_cash"),
          // cash at an FX the buyer has not given is no figure to plan on
          value: noFx ? "–" : money(cashOut),
          note: noFx
            ? undefined
            : firstPay
              ? t("m_cashFrom", { date: date(firstPay), deposit: money(deposits) })
              : undefined,
        },
      ]
    : [];
  return (
    <div className={base.root}>
      <Summary title={t("summaryTitle")} metrics={metrics}>
        {blocker && <Blocked blocker={blocker} goTo={goTo} />}
      </Summary>
      <Field label={t("safetyMethod")}>
        <RadioGroup value={s.method} onChange={(_, d) => s.setMethod(d.value as SafetyMethod)}>
          <Radio value="rule" label={t("method_rule")} />
          <Radio value="statistical" label={t("method_statistical")} />
        </RadioGroup>
      </Field>
      {PURCHASING_FIELDS.map((f) => (
        <NumberField
          key={f}
          label={f}
          value={s.fields.value(f)}
          onChange={(v) => s.fields.set(f, v)}
          problem={s.fields.problem(f)}
          fromSheet={s.fields.fromSheet(f)}
          hint={
            f === "supplierLeadDays" && lead.total > 0
              ? lead.withoutMaster === 0
                ? t("leadHintAll")
                : t("leadHint", { n: num(lead.withoutMaster), total: num(lead.total) })
              : undefined
          }
        />
      ))}
      {s.result && fc && (
        <>
          {/* the quantities first; how each was computed and the dated cash list fold apart, so
              opening the table does not add a page of text per SKU (issue 15 #7) */}
          <Details id="step4-skus" title={t("detailsTitle", { n: num(s.result.skus.length) })}>
            <ScrollTable label={t("purchaseTitle")}>
              <thead>
                <tr>
                  <th className={base.th}>{t("colSku")}</th>
                  <th className={`${base.th} ${base.numHead}`}>{t("colSafetyRule")}</th>
                  <th className={`${base.th} ${base.numHead}`}>{t("colSafetyStat")}</th>
                  <th className={`${base.th} ${base.numHead}`}>{t("colOrder")}</th>
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
            </ScrollTable>
          </Details>
          <Details id="step4-why" title={t("whyTitle", { n: num(s.result.skus.length) })}>
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
          </Details>
          <Details id="step4-cash" title={t("cashFoldTitle", { n: num(s.result.cash.length) })}>
            <Explain
              title={t("cashTitle")}
              lines={s.result.cash.map((c, i) => ({
                id: `${c.kind}-${c.mode}-${i}`,
                text: t(`cash_${c.kind}`, { date: date(c.date), amount: money(c.amount) }),
              }))}
            />
          </Details>
        </>
      )}
    </div>
  );
}
