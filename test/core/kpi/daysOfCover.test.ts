import { daysOfCover, OutOfRangeError } from "../../../src/core/index";

describe("daysOfCover", () => {
  it("is on hand / daily demand: 600 / 40 = 15 days", () => {
    expect(daysOfCover({ onHandUnits: 600, dailyDemand: 40 })).toBe(15);
  });

  it("rejects zero demand (unlimited cover) as out of range", () => {
    expect(() => daysOfCover({ onHandUnits: 600, dailyDemand: 0 })).toThrow(OutOfRangeError);
  });

  it("rejects negative stock", () => {
    expect(() => daysOfCover({ onHandUnits: -1, dailyDemand: 3 })).toThrow(/^onHandUnits: /);
  });
});
