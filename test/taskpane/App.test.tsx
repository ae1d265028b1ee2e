import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderApp } from "./render";

describe("App", () => {
  it("renders step 1 with six step tabs and the promo dates of the default event", async () => {
    renderApp();
    expect(await screen.findByRole("heading", { name: "Promo dates" })).toBeInTheDocument();
    expect(screen.getAllByRole("tab")).toHaveLength(6);
    // BFCM 2026: Thanksgiving = 4th Thursday of Nov = Nov 26, so Black Friday = Nov 27 (hand-checked)
    expect(screen.getByTestId("promoStart")).toHaveValue("2026-11-27");
  });
});
