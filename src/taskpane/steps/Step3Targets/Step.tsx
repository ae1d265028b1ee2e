import { useI18n } from "../../i18n";
import type { TargetField } from "../../draft";
import { NumberField } from "../../components/NumberField";
import { Explain } from "../../components/Explain";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";

const FIELDS: readonly TargetField[] = ["growthPct", "discountPct", "newProductPct"];

/** Step 3: growth, discount depth, new-product share → forecast with interval and method per SKU. */
export function Step3Targets({ wizard }: StepProps) {
  const { t, num } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const { fields, forecast, newProductPct } = useStep(wizard);
  return (
    <div className={base.root}>
      {FIELDS.map((f) => (
        <NumberField
          key={f}
          label={f}
          value={fields.value(f)}
          onChange={(v) => fields.set(f, v)}
          problem={fields.problem(f)}
        />
      ))}
      {forecast ? (
        <>
          <table className={base.table} aria-label={t("forecastTitle")}>
            <thead>
              <tr>
                <th className={base.th}>{t("colSku")}</th>
                <th className={`${base.th} ${base.num}`}>{t("colForecast")}</th>
                <th className={`${base.th} ${base.num}`}>{t("colRange")}</th>
                <th className={base.th}>{t("colMethod")}</th>
              </tr>
            </thead>
            <tbody>
              {forecast.skus.map((f) => (
                <tr key={f.sku}>
                  <td className={base.td}>{f.sku}</td>
                  <td className={`${base.td} ${base.num}`}>{num(f.forecast)}</td>
                  <td className={`${base.td} ${base.num}`}>
                    {num(f.lower)}–{num(f.upper)}
                  </td>
                  <td className={`${base.td} ${styles.method}`}>
                    {f.method === "no history" ? t("method_noHistory") : f.method}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
                }),
              })),
            ]}
          />
        </>
      ) : (
        <p className={base.muted}>{t("needHistory")}</p>
      )}
    </div>
  );
}
