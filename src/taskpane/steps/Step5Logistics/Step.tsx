import {} from "@fluentui/react-components";
import { useI18n } from "../../i18n";
import type { LogisticsField } from "../../draft";
import type { CostComponent } from "../../compute/plan";
import { economics, SELLING, TO_WAREHOUSE } from "../../compute/economics";
import { Summary, type Metric } from "../../components/Summary";
import { Details } from "../../components/Details";
import { Blocked } from "../../components/Blocked";
import { blockerFor } from "../../useWizard";
import { NumberField } from "../../components/NumberField";
import { Explain } from "../../components/Explain";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { ScrollTable } from "../../components/ScrollTable";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";
import { LOGISTICS_FIELDS } from "../../stepFields";
import { costCurrencyOf } from "../../compute/purchaseCurrency";
import { DEFAULT_SETTINGS } from "../../../plan/settings";

/** Limits on the mode split; the split itself follows the dates each mode can still make. */
const { limits: LIMITS, rates: RATES, fees: FEES, currency: CURRENCY } = LOGISTICS_FIELDS;

/** Step 5: mode limits and rates → landed-cost breakdown, batches with ship-by dates. */
export function Step5Logistics({ wizard, goTo }: StepProps) {
  const { t, num, money, date, pct } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const { fields, landed } = useStep(wizard);
  const pur = wizard.derived.purchase;
  const eco = landed && pur ? economics(pur.plan) : null;
  const blocker = eco ? null : blockerFor(wizard.draft, wizard.derived, 4);
  const perUnit = (x: number) => money(eco && eco.units > 0 ? x / eco.units : Number.NaN);
  const metrics: Metric[] = eco
    ? [
        {
          id: "toWarehouse",
          label: t("m_toWarehouse"),
          value: money(eco.toWarehouse),
          note: t("m_toWarehouseNote", { perUnit: perUnit(eco.toWarehouse) }),
        },
        {
          id: "selling",
          label: t("m_selling"),
          value: money(eco.selling),
          note: t("m_sellingNote", { perUnit: perUnit(eco.selling) }),
        },
        {
          id: "margin",
          label: t("m_margin"),
          value: eco.margin === null ? "–" : money(eco.margin),
          note: eco.margin === null ? t("m_noPrice") : t("m_marginNote", { perUnit: perUnit(eco.margin) }),
          tone: eco.margin !== null && eco.margin < 0 ? "danger" : undefined,
        },
        {
          id: "roi",
          label: t("m_roi"),
          value: eco.roi === null ? "–" : pct(eco.roi),
          note: t("m_roiNote"),
          tone: eco.roi !== null && eco.roi < 0 ? "danger" : undefined,
        },
      ]
    : [];
  const costRows = (list: readonly CostComponent[], subtotal: number) =>
    landed && (
      <>
        {list.map((c) => (
          <tr key={c}>
            <th scope="row" className={base.th}>
              {t(`cost_${c}`)}
              <div className={base.muted}>{t(`costExplain_${c}`)}</div>
            </th>
            <td className={`${base.td} ${base.num}`}>{money(landed.breakdown[c])}</td>
          </tr>
        ))}
        <tr>
          <th scope="row" className={base.th}>
            {t("subtotal")}
          </th>
          <td className={`${base.td} ${base.num}`}>{money(subtotal)}</td>
        </tr>
      </>
    );
  // the FX field names the pair it converts: the SKU file's cost currency → the sale currency
  const pair = { purchase: costCurrencyOf(wizard.draft), sale: DEFAULT_SETTINGS.saleCurrency };
  const group = (list: readonly LogisticsField[]) => (
    <div className={styles.group}>
      {list.map((f) => (
        <NumberField
          key={f}
          label={f}
          value={fields.value(f)}
          onChange={(v) => fields.set(f, v)}
          problem={fields.problem(f)}
          fromSheet={fields.fromSheet(f)}
          hint={f === "fxRate" ? t("fxHint", pair) : undefined}
        />
      ))}
    </div>
  );
  return (
    <div className={base.root}>
      <Summary title={t("summaryTitle")} metrics={metrics}>
        {blocker && <Blocked blocker={blocker} goTo={goTo} />}
      </Summary>
      {group(LIMITS)}
      {group(RATES)}
      {group(FEES)}
      {group(CURRENCY)}
      {landed && eco && (
        <Details id="step5-costs" title={t("landedTitle")}>
          <ScrollTable
            label={t("warehouseTitle")}
            caption={<caption className={styles.caption}>{t("warehouseTitle")}</caption>}
          >
            <tbody>{costRows(TO_WAREHOUSE, eco.toWarehouse)}</tbody>
          </ScrollTable>
          <ScrollTable
            label={t("sellingTitle")}
            caption={<caption className={styles.caption}>{t("sellingTitle")}</caption>}
          >
            <tbody>
              {costRows(SELLING, eco.selling)}
              <tr>
                <th scope="row" className={base.th}>
                  {t("cost_contingency")}
                  <div className={base.muted}>{t("costExplain_contingency")}</div>
                </th>
                <td className={`${base.td} ${base.num}`}>{money(eco.contingency)}</td>
              </tr>
            </tbody>
          </ScrollTable>
          <Explain
            title={t("batchesTitle")}
            lines={[
              {
                id: "total",
                text: t("landedTotal", {
                  total: money(landed.total),
                  units: num(landed.units),
                  perUnit: money(landed.perUnit),
                }),
              },
              ...landed.batches.map((b) => ({
                id: b.mode,
                text: t("batchLine", { mode: t(`mode_${b.mode}`), qty: num(b.qty), shipBy: date(b.shipBy) }),
              })),
            ]}
          />
        </Details>
      )}
    </div>
  );
}
