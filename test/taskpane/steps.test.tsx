import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { openDetails, renderApp } from "./render";
import { methodInWords } from "../../src/taskpane/i18n/methodWords";
import { FakeHost } from "./fakeHost";
import { flatDraft } from "./drafts";

// axe and user-event on Fluent components take a few seconds per test under jsdom
jest.setTimeout(30_000);

/** Type into the input of the field labelled `label` (clears it first). */
async function typeInto(label: string, value: string) {
  const input = await screen.findByLabelText(label);
  await userEvent.clear(input);
  if (value !== "") await userEvent.type(input, value);
  return input;
}

describe("Step1Promo", () => {
  it("fills the next Prime Day from its rule when the event changes", async () => {
    renderApp();
    await userEvent.selectOptions(await screen.findByLabelText("Promotion"), "primeDay");
    // today 2026-09-15 is past Prime Day 2026, so 2027: 2nd Tuesday of July 2027 = 13 July (calendar)
    expect(screen.getByTestId("promoStart")).toHaveValue("2027-07-13");
    expect(screen.getByTestId("promoEnd")).toHaveValue("2027-07-16");
    expect(screen.getByTestId("inboundCutoff")).toHaveValue("2027-06-22"); // 13 July − 21 days
  });

  it("shows ship-by and PO dates per mode, and flags a PO date already past", async () => {
    renderApp();
    // the summary card: 15 Sep → 6 Nov = 52 days; PO dates per mode, the past one in red
    const card = await screen.findByTestId("summary");
    expect(within(card).getByText("52")).toBeInTheDocument();
    expect(within(card).getByText("Order by (Air)").parentElement).toHaveTextContent("Sep 30, 2026");
    await openDetails();
    // the plan's ShipBy cells: cutoff − inbound buffer (plan default 7 d) − transit
    // sea (registry default transit 40 d): ship by 6 Nov − 7 − 40 d = 6 Nov − 47 d = 20 Sep
    // (6 Nov − 6 = 31 Oct, − 31 = 30 Sep, − 10 = 20 Sep), PO by 20 Sep − 20 d = 31 Aug < today (15 Sep)
    expect(await screen.findByText(/Sea: the PO date Aug 31, 2026 has already passed/)).toBeInTheDocument();
    // air: ship by 6 Nov − 7 − 10 d = 20 Oct, PO by 30 Sep
    expect(screen.getByText(/Air: ship by Oct 20, 2026, place the PO by Sep 30, 2026/)).toBeInTheDocument();
    expect(screen.getByText(/52 days until the inbound cutoff/)).toBeInTheDocument(); // 15 Sep → 6 Nov
  });

  // bad-input matrix (issue 8): field, value, reason shown on that field
  it.each([
    ["registrationDeadline", "", "Enter a date as YYYY-MM-DD."],
    ["inboundCutoff", "", "Enter a date as YYYY-MM-DD."],
    ["promoStart", "", "Enter a date as YYYY-MM-DD."],
    ["promoEnd", "", "Enter a date as YYYY-MM-DD."],
    ["registrationDeadline", "2026-12-01", "Must be before the promo starts (2026-11-27)."],
    ["inboundCutoff", "2026-11-27", "Must be before the promo starts (2026-11-27)."],
    ["promoEnd", "2026-11-26", "Must be on or after the promo start (2026-11-27)."],
  ])("%s = %p → %s", async (field, value, reason) => {
    renderApp();
    const input = await screen.findByTestId(field);
    fireEvent.change(input, { target: { value } });
    const fieldRoot = input.closest(".fui-Field") as HTMLElement;
    expect(within(fieldRoot).getByText(reason)).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: /1\. Promo dates \(needs attention\)/ })).toBeInTheDocument();
  });

  it("reads a date typed with slashes or without zero padding as ISO", async () => {
    renderApp();
    const input = await screen.findByTestId("promoEnd");
    fireEvent.change(input, { target: { value: "2026/12/1" } });
    expect(input).toHaveValue("2026-12-01");
    // the date in the pane's style under the field
    expect(within(input.closest(".fui-Field") as HTMLElement).getByText("Dec 1, 2026")).toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    const { container } = renderApp();
    await screen.findByRole("heading", { name: "Promo dates" });
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("Step2History", () => {
  it("loads the bundled sample: rows, SKUs, date range and the top 20 % SKUs", async () => {
    renderApp(new FakeHost(flatDraft(1)));
    await userEvent.click(await screen.findByRole("radio", { name: "Sample data" }));
    await userEvent.click(screen.getByRole("button", { name: "Use sample data" }));
    // assets/sample/sales.csv: 12 SKUs, 2024-09-15 … 2026-09-14, one row per SKU per day
    await screen.findByText("12 SKUs");
    await openDetails();
    expect(await screen.findByText(/rows for 12 SKUs from Sep 15, 2024 to Sep 14, 2026/)).toBeInTheDocument();
    expect(screen.getByText(/12 SKUs in the master/)).toBeInTheDocument();
    expect(screen.getByText(/Top 20 % SKUs:/)).toBeInTheDocument();
  });

  it("reads the selected range, lists rejected rows with row, column and reason, fixes one and skips another", async () => {
    const host = new FakeHost(flatDraft(1));
    host.selection = [
      ["date", "sku", "units"],
      ["2026-09-01", "B", 4],
      ["2026-09-02", "B", "lots"],
      ["2026-09-03", "", 2],
    ];
    renderApp(host);
    await userEvent.click(await screen.findByRole("radio", { name: "Selected range" }));
    await userEvent.click(screen.getByRole("button", { name: "Read the selected range" }));
    expect(await screen.findByText("2 rejected rows")).toBeInTheDocument();
    await openDetails();
    expect(await screen.findByText(/1 row for 1 SKU /)).toBeInTheDocument();
    // the rejected rows come before the preview, each with its cells (a blank SKU still shows its date)
    const rejected = screen.getByTestId("rejected");
    expect(rejected.compareDocumentPosition(screen.getByTestId("details"))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(within(rejected).getAllByTestId("rejected-row")[1]).toHaveTextContent(
      "date: 2026-09-03 · units: 2",
    );
    expect(screen.getByText(/Row 3 · units ·/)).toBeInTheDocument();
    // fix row 3: units "lots" → 6
    const fix = screen.getByLabelText("Corrected value for row 3, units");
    await userEvent.clear(fix);
    await userEvent.type(fix, "6");
    await userEvent.click(screen.getByRole("button", { name: /^Fix: Corrected value for row 3/ }));
    expect(await screen.findByText(/2 rows for 1 SKU /)).toBeInTheDocument();
    // skip row 4 (blank SKU)
    await userEvent.click(screen.getByRole("button", { name: "Skip: Row 4" }));
    await waitFor(() => expect(screen.queryByText(/rejected rows/)).not.toBeInTheDocument());
  });

  it("imports a CSV file read as bytes and reports a missing column in a MessageBar", async () => {
    renderApp(new FakeHost(flatDraft(1)));
    await userEvent.click(await screen.findByRole("radio", { name: "CSV export file" }));
    const file = new File(["date,qty\n2026-09-01,3\n"], "bad.csv", { type: "text/csv" });
    await userEvent.upload(screen.getByTestId("history-file"), file);
    await waitFor(() =>
      expect(screen.getByText(/sku/i, { selector: ".fui-MessageBarBody" })).toBeInTheDocument(),
    );
    // the earlier history's preview does not stay under this file's error as if it were its rows
    expect(screen.queryByTestId("details")).not.toBeInTheDocument();
    expect(screen.getByText("No history loaded yet.")).toBeInTheDocument();
  });

  it("drops a table-list failure that arrives after the buyer switched to another source", async () => {
    let fail: (e: Error) => void = () => {};
    const host = new FakeHost(flatDraft(1));
    host.listTables = () => new Promise<string[]>((_, reject) => (fail = reject));
    renderApp(host);
    await userEvent.click(await screen.findByRole("radio", { name: "A table in this workbook" }));
    await userEvent.click(screen.getByRole("radio", { name: "CSV export file" }));
    await act(async () => fail(new Error("tables unavailable")));
    // the answer to a question no longer asked: showing it under the file picker would mislead
    expect(screen.queryByText(/tables unavailable/)).not.toBeInTheDocument();
  });

  it("names each file button after the file it picks, so the two buttons can be told apart", async () => {
    // both buttons read "Choose file…"; a screen reader must also hear which file (WCAG 2.4.6)
    renderApp(new FakeHost(flatDraft(1)));
    await userEvent.click(await screen.findByRole("radio", { name: "CSV export file" }));
    expect(screen.getByRole("button", { name: /^Choose file….*Sales export/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Choose file….*SKU master/ })).toBeInTheDocument();
  });

  it("reports each missing column of a file in its own MessageBar, with unique keys", async () => {
    // three MISSING_COLUMN issues share a code: keyed by code alone React warns of duplicate keys
    // and may drop or repeat messages when the list changes
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    try {
      renderApp(new FakeHost(flatDraft(1)));
      await userEvent.click(await screen.findByRole("radio", { name: "CSV export file" }));
      const file = new File(["foo,bar\n1,2\n"], "bad.csv", { type: "text/csv" });
      await userEvent.upload(screen.getByTestId("history-file"), file);
      await waitFor(() =>
        expect(
          screen.getAllByText(/Required column/, { selector: ".fui-MessageBarBody" }).length,
        ).toBeGreaterThan(1),
      );
      const dupes = errors.mock.calls.filter((c) => String(c[0]).includes("same key"));
      expect(dupes).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  });

  it("asks to reload a history that was too large to save with the draft", async () => {
    renderApp(
      new FakeHost(flatDraft(1, (d) => ({ ...d, history: { ...d.history, rows: [], notSaved: 40000 } }))),
    );
    expect(
      await screen.findByText(
        "The history used last time (40,000 rows) was too large to keep in the workbook; load it again.",
      ),
    ).toBeInTheDocument();
  });

  it("has no axe violations with rejected rows shown", async () => {
    const host = new FakeHost(flatDraft(1));
    host.selection = [
      ["date", "sku", "units"],
      ["2026-09-02", "B", "lots"],
    ];
    const { container } = renderApp(host);
    await userEvent.click(await screen.findByRole("radio", { name: "Selected range" }));
    await userEvent.click(screen.getByRole("button", { name: "Read the selected range" }));
    await screen.findByText("1 rejected row");
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("Step3Targets", () => {
  it("shows the forecast with its interval and method (hand-checked)", async () => {
    renderApp(new FakeHost(flatDraft(2)));
    // the core's batch forecast of a constant 10/day is 10; the plan's promo demand is 10 × 4 days
    // × (1 + 10 % growth, the registry default); the discount equals last year's (20 %), so the
    // learned lift is not changed: 40 × 1.1 = 44. The range is the p10–p90 of the promo-window
    // total (from pooled backtests), × 1.1
    expect(within(await screen.findByTestId("summary")).getByText("44")).toBeInTheDocument();
    await openDetails();
    const table = await screen.findByRole("table", { name: "Promo forecast per SKU" });
    const cells = within(table)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    // the SKU cell carries the method in words, not the core's "Pooled"
    expect([cells[0], cells[1]]).toEqual([`A${methodInWords("Pooled", "en-US")}`, "44"]);
    const [low, high] = (cells[2] ?? "").split("–").map(Number);
    expect(low).toBeLessThan(44);
    expect(high).toBeGreaterThan(44);
    await typeInto("Expected growth vs recent sales (%)", "50");
    // 10 × 4 × 1.5 = 60
    expect(
      within(screen.getByRole("table", { name: "Promo forecast per SKU" })).getAllByRole("cell")[1],
    ).toHaveTextContent("60");
  });

  it("adds the new-product share on top: total / (1 − share)", async () => {
    renderApp(new FakeHost(flatDraft(2)));
    await typeInto("New-product share of promo sales (%)", "20");
    // 44 / 0.8 − 44 = 55 − 44 = 11 units; total 55
    await openDetails();
    expect(await screen.findByText(/New products without history: 11 units/)).toBeInTheDocument();
    expect(screen.getByText("Target for the promo: 55 units.")).toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    const { container } = renderApp(new FakeHost(flatDraft(2)));
    await screen.findByTestId("summary");
    await openDetails();
    await screen.findByRole("table", { name: "Promo forecast per SKU" });
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("Step1Promo with a plan (buyer read #1)", () => {
  it("shows the plan's own first PO per mode, as the plan sheet's section 1 and step 4 do", async () => {
    // flatDraft (step 4's hand-worked case below): air and express batches are both ordered today
    // (2026-09-15); sea cannot make the cutoff, so it shows its passed latest PO date instead
    renderApp(new FakeHost(flatDraft(0)));
    const card = await screen.findByTestId("summary");
    expect(within(card).getByText("First PO (Air)").parentElement).toHaveTextContent("Sep 15, 2026");
    expect(within(card).getByText("First PO (Express)").parentElement).toHaveTextContent("Sep 15, 2026");
    // air's latest PO date for the cutoff: ship by 6 Nov − 7 − 10 = 20 Oct, − 20 days' lead = 30 Sep
    expect(within(card).getByText("First PO (Air)").parentElement).toHaveTextContent(
      "the plan's; latest Sep 30, 2026 for the longest lead time",
    );
    expect(within(card).getByText("Order by (Sea)")).toBeInTheDocument();
  });
});

describe("Step4Purchasing", () => {
  /*
   * flatDraft by hand: today 2026-09-15 (P), cutoff 2026-11-06 = P+52, promo P+73…P+76, cover 14
   * days after it; the plan covers from 30 days before the cutoff (P+22) → P+22…P+90 (69 days) at
   * 11 a day (10 × 1.1, registry growth 10 %). Lead time 20, buffer 7, registry transit sea 40 /
   * air 10 / express 5: sea arrives at the earliest P+20+40+7 = P+67 (after the cutoff: not used),
   * air P+37, express P+32; P+22…31 no order can reach. Nothing on hand: express carries P+32…36
   * (5 × 11 = 55), air P+37…90 (54 × 11 = 594) + safety stock.
   */
  it("shows safety stock both ways and the order quantity (hand-checked)", async () => {
    renderApp(new FakeHost(flatDraft(3)));
    const card = await screen.findByTestId("summary");
    expect(within(card).getByText("656")).toBeInTheDocument();
    expect(within(card).getByText("First PO date").parentElement).toHaveTextContent("Sep 15, 2026");
    await openDetails();
    const table = await screen.findByRole("table", { name: "Order quantities" });
    // rule: 15 % × 44 promo units = 6.6 → shown 7; statistical: σ = 0 → 0
    // order: 55 express + (594 + 6.6 = 600.6 → 601) air = 656 (MOQ 1, case pack 1)
    expect(
      within(table)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["A", "7", "0", "656"]);
    // both batches are ordered today (air arrives P+37 = PO + 20 + 10 + 7)
    expect(screen.getByText("Place the PO by Sep 15, 2026.")).toBeInTheDocument();
    // no unit cost without a master: the deposits are 0
    expect(screen.getAllByText("Deposit on Sep 15, 2026: $0.00").length).toBe(2);
  });

  it("keeps the summary first and folds the explanations and the cash list apart from the table (issue 15 #7)", async () => {
    const { container } = renderApp(new FakeHost(flatDraft(3)));
    const summary = await screen.findByTestId("summary");
    const folds = screen.getAllByTestId("details");
    expect(folds.map((f) => f.querySelector("button")?.textContent)).toEqual([
      "Per-SKU detail (1 SKU)",
      "How each quantity was computed (1 SKU)",
      expect.stringMatching(/^Cash schedule \(\d+ payments\)$/),
    ]);
    expect(summary.compareDocumentPosition(folds[0])).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    /** Open or shut one fold (the pane remembers what earlier tests opened in this session). */
    const fold = async (f: HTMLElement, open: boolean) => {
      const header = within(f).getAllByRole("button")[0];
      if ((header.getAttribute("aria-expanded") === "true") !== open) await userEvent.click(header);
    };
    // the table alone shows the quantities, not a line of text per SKU nor the payments
    await fold(folds[0], true);
    await fold(folds[1], false);
    await fold(folds[2], false);
    expect(await screen.findByRole("table", { name: "Order quantities" })).toBeInTheDocument();
    expect(screen.queryByText("Place the PO by Sep 15, 2026.")).toBeNull();
    expect(screen.queryByText(/^Deposit on/)).toBeNull();
    await fold(folds[1], true);
    expect(await screen.findByText("Place the PO by Sep 15, 2026.")).toBeInTheDocument();
    await fold(folds[2], true);
    const payments = Number(/\((\d+) payments\)/.exec(folds[2].textContent ?? "")?.[1]);
    expect(payments).toBeGreaterThan(0);
    const cash = within(container).getByRole("region", { name: "Cash by payment terms" });
    expect(cash.querySelectorAll("li")).toHaveLength(payments);
  });

  it("uses the statistical safety stock when chosen", async () => {
    renderApp(new FakeHost(flatDraft(3)));
    await userEvent.click(await screen.findByRole("radio", { name: "Statistical (service level)" }));
    await openDetails();
    const table = await screen.findByRole("table", { name: "Order quantities" });
    // 55 + 594 + 0
    expect(within(table).getAllByRole("cell")[3]).toHaveTextContent("649");
  });

  it("has no axe violations", async () => {
    const { container } = renderApp(new FakeHost(flatDraft(3)));
    await screen.findByTestId("summary");
    await openDetails();
    await screen.findByRole("table", { name: "Order quantities" });
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("Step5Logistics", () => {
  /** Step 5 with one SKU master row (cost 2, price 10, 0.5 kg, 20×10×10 cm). */
  const step5Draft = () =>
    flatDraft(4, (d) => ({
      ...d,
      history: {
        ...d.history,
        skus: [
          {
            sku: "A",
            unitCost: 2,
            sellingPrice: 10,
            weightKg: 0.5,
            lengthCm: 20,
            widthCm: 10,
            heightCm: 10,
            moq: 1,
            casePack: 1,
            onHand: 0,
            battery: false,
            liquid: false,
            magnetic: false,
          },
        ],
      },
    }));

  it("shows the landed-cost breakdown and batches per mode", async () => {
    const draft = step5Draft();
    renderApp(new FakeHost(draft));
    await screen.findByTestId("summary");
    await openDetails();
    const table = await screen.findByRole("table", { name: "Cost to the warehouse" });
    const selling = screen.getByRole("table", { name: "Selling costs (paid as units sell)" });
    const row = (name: RegExp) => within(table).getByRole("row", { name });
    // the core's landedCost per mode (as STOCKUP.LANDED_COST): air 601 units, express 55 (see Step4)
    // purchase 656 × 2.00 = 1,312.00 + 1 % payment fee 13.12 = 1,325.12
    expect(row(/^Purchase/)).toHaveTextContent("1,325.12");
    // duty 5 % × 1,312 = 65.60 + the customs fee minimum 32.71 per entry × 2 shipments = 131.02
    // (0.3464 % × 1,202 air goods = 4.16 is below the minimum)
    expect(row(/^Duty/)).toHaveTextContent("131.02");
    // commission 15 % of the average price over the days the plan covers (2026-10-07 = cutoff − 30
    // … 12-14, 69 days × 11: 44 promo units at 8, 715 at 10: 7,502 / 759 = 9.884058…) = 1.482609…
    // per unit, rounded to cents per shipment: 55 × 1.482609… = 81.54, 601 × 1.482609… = 891.05;
    // 81.54 + 891.05 = 972.59
    expect(within(selling).getByRole("row", { name: /^Platform commission/ })).toHaveTextContent("972.59");
    // registry rates air 4.5 / express 6.5 per kg: air 601 × 0.5 kg = 300.5 kg (> 601 × 2,000 cm³
    // / 6,000 = 200.3) × 4.5 = 1,352.25; express 27.5 kg (> 55 × 2,000 / 5,000 = 22) × 6.5 = 178.75;
    // insurance 0.3 % × 110 % × (goods + freight): (1,202 + 1,352.25) × 0.0033 = 8.43,
    // (110 + 178.75) × 0.0033 = 0.95; 1,352.25 + 178.75 + 8.43 + 0.95 = 1,540.38
    expect(row(/^First-leg freight/)).toHaveTextContent("1,540.38");
    // the row says the rule it used: each batch by its own mode (no "mode share" weighting)
    expect(row(/^First-leg freight/)).toHaveTextContent(/Each batch is charged by the mode it ships by/);
    // batches: both leave the factory 20 days after today's PO: Oct 5
    expect(screen.getByText("Air: 601 units, ship by Oct 5, 2026")).toBeInTheDocument();
    expect(screen.getByText("Express: 55 units, ship by Oct 5, 2026")).toBeInTheDocument();
  });

  it("moves what is above the air limit to express (the plan's AirMaxShare), no must-add-to-100 rule", async () => {
    renderApp(new FakeHost(step5Draft()));
    await screen.findByTestId("summary");
    await openDetails();
    await screen.findByText("Air: 601 units, ship by Oct 5, 2026");
    // 656 units in all; at most 50 % by air = 328, the other 328 go by express
    await typeInto("Most of the order by air (%)", "50");
    expect(await screen.findByText(/^Air: 328 units, ship by/)).toBeInTheDocument();
    expect(screen.getByText("Express: 328 units, ship by Oct 5, 2026")).toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    const { container } = renderApp(new FakeHost(flatDraft(4)));
    await screen.findByTestId("summary");
    await openDetails();
    await screen.findByRole("table", { name: "Cost to the warehouse" });
    expect(await axe(container)).toHaveNoViolations();
  });
});

// bad-input matrix (issue 8): every numeric field of steps 3–5 → the reason on that field
describe("numeric fields", () => {
  // bounds are the registry's (src/plan/settings), in percent where the field is typed as percent
  it.each([
    [2, "Expected growth vs recent sales (%)", "", "Enter a value."],
    [2, "Expected growth vs recent sales (%)", "-101", "Must be at least -100."],
    [2, "Expected growth vs recent sales (%)", "abc", "Enter a number, e.g. 12.5."],
    [2, "Discount (% off the usual price)", "96", "Must be at most 95."],
    [2, "Discount (% off the usual price)", "-5", "Must be at least 0."],
    [2, "New-product share of promo sales (%)", "100", "Must be at most 99."],
    [2, "New-product share of promo sales (%)", "x", "Enter a number, e.g. 12.5."],
    [3, "Service level (%)", "100", "Must be at most 99.99."],
    [3, "Service level (%)", "0", "Must be at least 50."],
    [3, "Service level (%)", "", "Enter a value."],
    [3, "Safety stock, rule of thumb (%)", "150", "Must be at most 100."],
    [3, "Default supplier lead time (days)", "-3", "Must be at least 0."],
    [3, "Default supplier lead time (days)", "2.5", "Enter a whole number."],
    [3, "Deposit with the PO (%)", "120", "Must be at most 100."],
    [4, "Most of the order by sea (%)", "-10", "Must be at least 0."],
    [4, "Most of the order by air (%)", "ten", "Enter a number, e.g. 12.5."],
    [4, "Most of the order by air (%)", "101", "Must be at most 100."],
    [4, "Sea LCL rate per revenue ton (CBM or t)", "-1", "Must be at least 0."],
    [4, "Air rate per kg", "", "Enter a value."],
    [4, "Express rate per kg", "1e9", "Must be at most 100,000."],
    [4, "Sea transit (days)", "0", "Must be at least 1."],
    [4, "Air transit (days)", "3.5", "Enter a whole number."],
    [4, "Express transit (days)", "121", "Must be at most 120."],
    [4, "Import duty (% of FOB)", "-1", "Must be at least 0."],
    [4, "Platform commission (% of price)", "200", "Must be at most 100."],
    [4, "Refund reserve (% of price)", "?", "Enter a number, e.g. 12.5."],
    [4, "Fulfilment fee per unit (FBA or 3PL)", "-0.5", "Must be at least 0."],
    [4, "Contingency (%)", "", "Enter a value."],
  ])("step %i: %s = %p → %s", async (step, label, value, reason) => {
    renderApp(new FakeHost(flatDraft(step)));
    await screen.findByLabelText(label);
    const input = await typeInto(label, value);
    const fieldRoot = input.closest(".fui-Field") as HTMLElement;
    expect(within(fieldRoot).getByText(reason)).toBeInTheDocument();
    expect(input).toHaveAttribute("aria-invalid", "true");
  });
});

// a limit is written the way the buyer's numbers are, in either language
describe("numeric field limits", () => {
  it.each([
    ["en-US", "Express rate per kg", "Must be at most 100,000."],
    ["zh-CN", "快递单价（每公斤）", "不能大于 100,000。"],
  ] as const)("%s: %s above its limit", async (locale, label, reason) => {
    renderApp(new FakeHost(flatDraft(4)), locale);
    await screen.findByLabelText(label);
    const input = await typeInto(label, "1e9");
    const fieldRoot = input.closest(".fui-Field") as HTMLElement;
    expect(within(fieldRoot).getByText(reason)).toBeInTheDocument();
  });
});
