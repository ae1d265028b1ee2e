import { inventoryTurnover, OutOfRangeError } from "../../../src/core/index";

describe("inventoryTurnover", () => {
  it("is COGS / average inventory: 120 000 / ((25 000 + 15 000) / 2) = 6 (hand)", () => {
    expect(
      inventoryTurnover({ costOfGoodsSold: 120000, openingInventory: 25000, closingInventory: 15000 }),
    ).toBe(6);
  });

  it("rejects zero average inventory", () => {
    expect(() =>
      inventoryTurnover({ costOfGoodsSold: 10, openingInventory: 0, closingInventory: 0 }),
    ).toThrow(OutOfRangeError);
  });

  it("rejects negative values, naming the argument", () => {
    expect(() =>
      inventoryTurnover({ costOfGoodsSold: -1, openingInventory: 1, closingInventory: 1 }),
    ).toThrow(/^costOfGoodsSold: /);
    expect(() =>
      inventoryTurnover({ costOfGoodsSold: 1, openingInventory: 1, closingInventory: -1 }),
    ).toThrow(/^closingInventory: /);
  });
});
