import { useI18n } from "../../i18n";
import { NumberField } from "../../components/NumberField";
import { Explain } from "../../components/Explain";
import { Summary, type Metric } from "../../components/Summary";
import { Details } from "../../components/Details";
import { Blocked } from "../../components/Blocked";
import { methodInWords } from "../../i18n/methodWords";
import { blockerFor } from "../../useWizard";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { ScrollTable } from "../../components/ScrollTable";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";
import { TARGET_FIELDS } from "../../stepFields";

/** Step 3: growth, discount depth, new-product share → target units with interval and method per SKU. */
export function Step3Targets({ wizard, goTo }: StepProps) {
  const { t, num, locale } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const { fields, forecast, newProductPct } = useStep(wizard);
  const discount = wizard.derived.read.values.discountPct;
  const blocker = forecast ? null : blockerFor(wizard.draft, wizard.derived, 2);
  const metrics: Metric[] = forecast
    ? [
        {
          id: "target",
          label: t("m_target"),
          value: num(forecast.total),
          note: t("m_targetNote", { days: num(forecast.promoDays), factor: num(forecast.factor, 2) }),
        },
        ...(forecast.newProductUnits > 0
          ? [{ id: "new", label: t("m_newProducts"), value: num(forecast.newProductUnits) }]
          : []),
      ]
    : [];
  // the discount as a buyer in China reads it: 20 % off is 8折
  const discountHint = Number.isFinite(discount)
    ? t("discountHint", { pay: num(100 - discount, 1), zhe: num((100 - discount) / 10, 1) })
    : undefined;
  return (
    <div className={base.root}>
      <Summary title={t("summaryTitle")} metrics={metrics}>
        {blocker && <Blocked blocker={blocker} goTo={goTo} />}
      </Summary>
      {TARGET_FIELDS.map((f) => (
        <NumberField
          key={f}
          label={f}
          value={fields.value(f)}
          onChange={(v) => fields.set(f, v)}
          problem={fields.problem(f)}
          fromSheet={fields.fromSheet(f)}
          hint={f === "discountPct" ? discountHint : undefined}
        />
      ))}
      {forecast && (
        <Details id="step3-skus" title={t("detailsTitle", { n: num(forecast.skus.length) })}>
          <ScrollTable label={t("forecastTitle")}>
            <thead>
              <tr>
                <th className={base.th}>{t("colSku")}</th>
                <th className={`${base.th} ${base.numHead}`}>{t("colForecast")}</th>
                <th className={`${base.th} ${base.numHead}`}>{t("colRange")}</th>
              </tr>
            </thead>
            <tbody>
              {forecast.skus.map((f) => (
                <tr key={f.sku}>
                  <td className={base.td}>
                    {f.sku}
                    <div className={`${base.muted} ${styles.method}`}>{methodInWords(f.method, locale)}</div>
                  </td>
                  <td className={`${base.td} ${base.num}`}>{num(f.forecast)}</td>
                  <td className={`${base.td} ${base.num}`}>
                    {num(f.lower)}–{num(f.upper)}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <Explain
            title={t("forecastTitle")}
            lines={[
              { id: "total", text: t("forecastTotal", { units: num(forecast.total) }) },
              ...(forecast.newProductUnits > 0
                ? [
                    {
                      id: "new",
                      text: t("newProductLine", {
                        units: num(forecast.newProductUnits),
                        pct: num(newProductPct, 1),
                      }),
                    },
                  ]
                : []),
              ...forecast.skus.map((f) => ({
                id: f.sku,
                text: t("forecastExplain", {
                  sku: f.sku,
                  forecast: num(f.forecast),
                  daily: num(f.promoDaily, 1),
                  factor: num(forecast.factor, 2),
                  days: num(forecast.promoDays),
                  lower: num(f.lower),
                  upper: num(f.upper),
                  method: methodInWords(f.method, locale),
                }),
              })),
            ]}
          />
        </Details>
      )}
    </div>
  );
}
