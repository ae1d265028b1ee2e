import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { openDetails, renderApp } from "./render";
import { FakeHost } from "./fakeHost";
import { flatDraft } from "./drafts";
import type { PaneDraft } from "../../src/taskpane/draft";

jest.setTimeout(30_000);

describe("App", () => {
  it("renders step 1 with six step tabs and the promo dates of the default event", async () => {
    renderApp();
    expect(await screen.findByRole("heading", { name: "Promo dates" })).toBeInTheDocument();
    expect(screen.getAllByRole("tab")).toHaveLength(6);
    // BFCM 2026: Thanksgiving = 4th Thursday of Nov = Nov 26, so Black Friday = Nov 27 (hand-checked)
    expect(screen.getByTestId("promoStart")).toHaveValue("2026-11-27");
  });

  it("moves between steps with Next and Back and saves the step in the workbook", async () => {
    const host = new FakeHost();
    renderApp(host);
    await userEvent.click(await screen.findByRole("button", { name: "Next" }));
    expect(screen.getByRole("heading", { name: "History" })).toBeInTheDocument();
    await waitFor(() => expect(host.saved?.step).toBe(1));
    await userEvent.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("heading", { name: "Promo dates" })).toBeInTheDocument();
  });

  it("continues where the last buyer stopped: saved step, values and who rebuilt when", async () => {
    const draft = flatDraft(3, (d) => ({
      ...d,
      purchasing: { ...d.purchasing, serviceLevelPct: "97.5" },
      lastBuild: { by: "Wang Wei", at: "2026-09-14T08:30:00.000Z" },
    }));
    renderApp(new FakeHost(draft));
    expect(await screen.findByRole("heading", { name: "Purchasing" })).toBeInTheDocument();
    expect(screen.getByLabelText("Service level (%)")).toHaveValue("97.5");
    // the buyer's local time, in the pane's date style (the test runs in the machine's time zone)
    const local = new Date("2026-09-14T08:30:00.000Z");
    const minutes = String(local.getMinutes()).padStart(2, "0");
    expect(screen.getByTestId("last-build")).toHaveTextContent(
      new RegExp(`Last rebuilt by Wang Wei on \\w{3} ${local.getDate()}, 2026, \\d{1,2}:${minutes} (AM|PM)`),
    );
    expect(screen.getByTestId("last-build")).not.toHaveTextContent("UTC");
  });

  it("says so in a MessageBar when the saved settings cannot be read, and starts from defaults", async () => {
    const host = new FakeHost();
    host.loadError = new Error("state sheet is damaged");
    renderApp(host);
    expect(
      await screen.findByText(/Could not read the saved plan settings: state sheet is damaged/),
    ).toBeInTheDocument();
    expect(screen.getByTestId("promoStart")).toHaveValue("2026-11-27");
  });

  it("shows why the saved settings could not be read in the pane's language", async () => {
    const host = new FakeHost();
    host.loadError = Object.assign(new Error("saved by a newer StockUp (draft version 2)"), {
      messages: {
        "en-US": "saved by a newer StockUp (draft version 2)",
        "zh-CN": "由更新版本的 StockUp 保存（草稿版本 2）",
      },
    });
    renderApp(host, "zh-CN");
    expect(await screen.findByText(/由更新版本的 StockUp 保存（草稿版本 2）/)).toBeInTheDocument();
    expect(screen.queryByText(/saved by a newer StockUp/)).not.toBeInTheDocument();
  });

  it("switches to Simplified Chinese by hand, with dates formatted for zh-CN", async () => {
    renderApp();
    await userEvent.selectOptions(await screen.findByLabelText("Language"), "zh-CN");
    expect(screen.getByRole("heading", { name: "大促时间" })).toBeInTheDocument();
    // air ship-by: 6 Nov − 7 d buffer − 10 d transit = 20 Oct
    await openDetails();
    expect(screen.getByText(/空运：2026年10月20日 前发货/)).toBeInTheDocument();
  });

  it("starts in Chinese when Office's display language is Chinese, and axe finds no violations", async () => {
    const { container } = renderApp(new FakeHost(), "zh-CN");
    expect(await screen.findByRole("heading", { name: "大促时间" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("works from the keyboard: Enter on a step tab opens it, Enter on Next moves on", async () => {
    renderApp();
    await screen.findByRole("heading", { name: "Promo dates" });
    // jsdom cannot run Tabster's Tab/arrow focus moves (the browser test walks those), so focus
    // is put on the control and the key is real
    act(() => screen.getByRole("tab", { name: "2. History" }).focus());
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("heading", { name: "History" })).toBeInTheDocument();
    act(() => screen.getByRole("button", { name: "Next" }).focus());
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("heading", { name: "Targets" })).toBeInTheDocument();
  });
});

describe("Step6Execute", () => {
  it("builds the plan through the host with the buyer's settings and reports what changed", async () => {
    const host = new FakeHost(flatDraft(5));
    renderApp(host);
    await userEvent.click(await screen.findByRole("button", { name: "Build plan sheet" }));
    expect(await screen.findByTestId("build-result")).toHaveTextContent(
      "Plan written (StockUp Plan): 1 SKU rows added, 0 removed, 2 of your edits kept.",
    );
    // the order covers what the plan sheet says it covers, not "from today": today 2026-09-15 is
    // 52 days before the 2026-11-06 cutoff, so the stock-up starts 30 days before it, on 10-07,
    // and runs through the promo end 11-30 + 14 cover days = 12-14
    expect(
      screen.getByText("covers demand Oct 7, 2026 – Dec 14, 2026, through the cover after the promo"),
    ).toBeInTheDocument();
    expect(host.builds).toHaveLength(1);
    const input = host.builds[0];
    // the registry's default growth, 10 %
    expect(input.settings.growthRate).toBeCloseTo(0.1, 12);
    expect(input.settings.serviceLevel).toBeCloseTo(0.95, 12);
    expect(input.settings.promoStart).toBe("2026-11-27");
    expect(input.sales).toHaveLength(28);
    expect(input.skus.map((s) => s.sku)).toEqual(["A"]);
    // saved with who/when; the name came from this computer's memory
    expect(host.builtBy).toEqual(["Li Na"]);
    await waitFor(() => expect(host.saved?.lastBuild?.by).toBe("Li Na"));
    expect(screen.getByRole("button", { name: "Rebuild plan sheet" })).toBeInTheDocument();
  });

  it("passes the name the buyer types as who rebuilt, and remembers it", async () => {
    const host = new FakeHost(flatDraft(5));
    host.user = undefined;
    renderApp(host);
    await userEvent.type(await screen.findByLabelText("Your name"), "Zhang Min");
    await userEvent.click(screen.getByRole("button", { name: "Build plan sheet" }));
    await screen.findByTestId("build-result");
    expect(host.builtBy).toEqual(["Zhang Min"]);
    expect(host.userName()).toBe("Zhang Min");
    await waitFor(() =>
      expect(screen.getByTestId("last-build")).toHaveTextContent("Last rebuilt by Zhang Min"),
    );
  });

  it("shows a failed build in a MessageBar and says the sheet was not changed", async () => {
    const host = new FakeHost(flatDraft(5));
    host.buildMode = "fail";
    renderApp(host);
    await userEvent.click(await screen.findByRole("button", { name: "Build plan sheet" }));
    expect(await screen.findByTestId("build-result")).toHaveTextContent(
      "The build stopped: Excel refused the request (payload too large)",
    );
    expect(host.saved?.lastBuild).toBeUndefined();
  });

  it("shows progress while building and cancels on request, saying what was kept", async () => {
    const host = new FakeHost(flatDraft(5));
    host.buildMode = "hang";
    renderApp(host);
    await userEvent.click(await screen.findByRole("button", { name: "Build plan sheet" }));
    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByTestId("build-result")).toHaveTextContent(
      "Cancelled. Nothing was written; the plan sheet is as it was.",
    );
  });

  it("names the edits the rebuild kept and shows the sheet's settings in the pane, marked (issue 15 #5)", async () => {
    const host = new FakeHost(flatDraft(5));
    host.sheetEdits = {
      keptEdits: ["Expected growth 25 %", "On hand (A) 120"],
      sheetSettings: { growthPct: "25" },
    };
    renderApp(host);
    await userEvent.click(await screen.findByRole("button", { name: "Build plan sheet" }));
    expect(await screen.findByTestId("build-result")).toHaveTextContent(
      "Kept your edits: Expected growth 25 % and On hand (A) 120.",
    );
    await userEvent.click(screen.getByRole("tab", { name: /^3\. Targets/ }));
    const growth = await screen.findByLabelText("Expected growth vs recent sales (%)");
    expect(growth).toHaveValue("25");
    const field = growth.closest(".fui-Field") as HTMLElement;
    expect(within(field).getByText("From the plan sheet (kept by the rebuild)")).toBeInTheDocument();
    // the next build sends the sheet's value, not the pane's old one
    await userEvent.click(screen.getByRole("tab", { name: /^6\. Execute/ }));
    await userEvent.click(await screen.findByRole("button", { name: "Rebuild plan sheet" }));
    await waitFor(() => expect(host.builds.length).toBe(2));
    expect(host.builds[1].settings.growthRate).toBeCloseTo(0.25, 12);
    // typing in the pane takes the field back
    await userEvent.click(screen.getByRole("tab", { name: /^3\. Targets/ }));
    const again = await screen.findByLabelText("Expected growth vs recent sales (%)");
    await userEvent.type(again, "0");
    expect(within(again.closest(".fui-Field") as HTMLElement).queryByText(/From the plan sheet/)).toBeNull();
  });

  it("refuses to build while a step has a bad field", async () => {
    renderApp(new FakeHost(flatDraft(5, (d) => ({ ...d, targets: { ...d.targets, discountPct: "96" } }))));
    expect(await screen.findByText("Fix the fields marked in step 3 first.")).toBeInTheDocument();
    // the numbers say why they are missing and where to fix it, not "load sales history"
    expect(screen.getByTestId("blocked")).toHaveTextContent(
      "Fix “Discount (% off the usual price)” in step 3 to see these numbers.",
    );
    expect(screen.getByRole("button", { name: "Build plan sheet" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Go to step 3" }));
    expect(await screen.findByRole("heading", { name: "Targets" })).toBeInTheDocument();
  });

  it("leaves out pasted actuals dated after today and says so (no pace, no resize)", async () => {
    renderApp(new FakeHost(flatDraft(5)));
    const box = await screen.findByLabelText(/Daily actuals/);
    // today 2026-09-15, the promo 2026-11-27…30: those days have not been sold yet
    await userEvent.click(box);
    await userEvent.paste("2026-11-27, 25\n2026-11-28, 25");
    expect(
      await screen.findByText(/^2 actuals rows dated after the plan date .+ were ignored/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Actuals are \d+% of the forecast/)).toBeNull();
    expect(screen.queryByText(/→/)).toBeNull();
  });

  it("compares actuals with the forecast during the promo and resizes no batch that already left", async () => {
    // monitored on the second promo day: plan demand 11/day on promo days (10 × 1.1); actuals
    // 25 + 25 over two days = 50 / 22 = 227.3 %; every batch had to leave by the cutoff: none resized
    renderApp(new FakeHost(flatDraft(5)), "en-US", "2026-11-28");
    const box = await screen.findByLabelText(/Daily actuals/);
    await userEvent.click(box);
    await userEvent.paste("2026-11-27, 25\n2026-11-28, 25");
    expect(await screen.findByText("Actuals are 227% of the forecast so far.")).toBeInTheDocument();
    expect(screen.queryByText(/→/)).toBeNull();
    expect(screen.getByTestId("chart-actual")).toBeInTheDocument();
  });

  it("warns about a stock-out when actuals run far ahead", async () => {
    // on the second promo day with 100 on hand and no order possible any more: the plan covers
    // 100 units, at 200/day vs 11 planned the demand they meet becomes 100 × 200/11 ≫ 100
    const onHand = (d: PaneDraft): PaneDraft => ({
      ...d,
      history: {
        ...d.history,
        skus: [{ sku: "A", onHand: 100, battery: false, liquid: false, magnetic: false }],
      },
    });
    renderApp(new FakeHost(flatDraft(5, onHand)), "en-US", "2026-11-28");
    const box = await screen.findByLabelText(/Daily actuals/);
    await userEvent.click(box);
    await userEvent.paste("2026-11-27, 200");
    expect(await screen.findByText(/Stock-out risk/)).toBeInTheDocument();
  });

  it("warns about long-term storage when actuals are far below the forecast", async () => {
    const draft = flatDraft(5, (d) => ({
      ...d,
      history: {
        ...d.history,
        skus: [{ sku: "A", onHand: 3000, battery: false, liquid: false, magnetic: false }],
      },
    }));
    renderApp(new FakeHost(draft), "en-US", "2026-11-28");
    const box = await screen.findByLabelText(/Daily actuals/);
    // monitored on the second promo day: 3,000 on hand cover the 187 units left to cover
    // (11-28 … 12-14, 17 days × 11); at 1/11 of the plan the demand is 17 → 2,983 left = 298.3
    // days at the baseline 10/day > 180
    await userEvent.click(box);
    await userEvent.paste("2026-11-27, 1");
    expect(
      await screen.findByText(/Long-term storage risk: the leftover would last about 298 days/),
    ).toBeInTheDocument();
  });

  it("marks unreadable actuals lines on the field", async () => {
    renderApp(new FakeHost(flatDraft(5)));
    const box = await screen.findByLabelText(/Daily actuals/);
    await userEvent.click(box);
    await userEvent.paste("2026-11-27, 25\nyesterday 40");
    expect(
      await screen.findByText('Line 2 is not "YYYY-MM-DD, units" or "YYYY-MM-DD, SKU, units".'),
    ).toBeInTheDocument();
  });

  it("imports actuals from a CSV export", async () => {
    renderApp(new FakeHost(flatDraft(5)), "en-US", "2026-11-27");
    const file = new File(["date,sku,units\n2026-11-27,A,30\n"], "actuals.csv", { type: "text/csv" });
    await userEvent.upload(await screen.findByTestId("actuals-file"), file);
    await waitFor(() => expect(screen.getByLabelText(/Daily actuals/)).toHaveValue("2026-11-27, A, 30"));
    // 30 / 11 = 272.7 % → 273 %
    expect(screen.getByText("Actuals are 273% of the forecast so far.")).toBeInTheDocument();
  });

  it("explains an unreadable actuals file in the buyer's language", async () => {
    renderApp(new FakeHost(flatDraft(5)), "zh-CN");
    const file = new File(["when,how many\nyesterday,thirty\n"], "actuals.csv", { type: "text/csv" });
    await userEvent.upload(await screen.findByTestId("actuals-file"), file);
    // the importer's zh-CN MISSING_COLUMN text, not its English one
    expect(await screen.findByText(/无法读取历史数据：找不到必需的列/)).toBeInTheDocument();
    expect(screen.queryByText(/Required column/)).not.toBeInTheDocument();
  });

  it("has no axe violations with the chart and warnings shown", async () => {
    const { container } = renderApp(
      new FakeHost(
        flatDraft(5, (d) => ({
          ...d,
          history: {
            ...d.history,
            skus: [{ sku: "A", onHand: 100, battery: false, liquid: false, magnetic: false }],
          },
          monitor: { actualsText: "2026-11-27, 200" },
        })),
      ),
      "en-US",
      "2026-11-28",
    );
    await screen.findByText(/Stock-out risk/);
    expect(await axe(container)).toHaveNoViolations();
    expect(within(container).getByRole("img", { name: /Actual vs forecast/ })).toBeInTheDocument();
  });
});
