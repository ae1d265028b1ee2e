import fc from "fast-check";
import {
  excelSerialToIso,
  excelSerialToUtcMs,
  utcMsToExcelSerial,
  isoToExcelSerial,
  MAX_EXCEL_SERIAL,
  InputError,
  OutOfRangeError,
} from "../../../src/core/index";

describe("isoToExcelSerial", () => {
  it("matches Excel's serials (DATEVALUE in Excel 365)", () => {
    // =DATEVALUE("1900-01-01") → 1; "1900-02-28" → 59; "1900-03-01" → 61; "1970-01-01" → 25569;
    // "2025-01-01" → 45658; "9999-12-31" → 2958465
    expect(isoToExcelSerial("1900-01-01")).toBe(1);
    expect(isoToExcelSerial("1900-02-28")).toBe(59);
    expect(isoToExcelSerial("1900-03-01")).toBe(61);
    expect(isoToExcelSerial("1970-01-01")).toBe(25569);
    expect(isoToExcelSerial("2025-01-01")).toBe(45658);
    expect(isoToExcelSerial("9999-12-31")).toBe(MAX_EXCEL_SERIAL);
  });

  it("rejects dates before 1900", () => {
    expect(() => isoToExcelSerial("1899-12-31")).toThrow(OutOfRangeError);
  });

  it("rejects text that is not an ISO date", () => {
    expect(() => isoToExcelSerial("28/11/2025")).toThrow(InputError);
    expect(() => isoToExcelSerial("2025-02-29")).toThrow(/not a calendar date/);
  });
});

describe("excelSerialToIso", () => {
  it("inverts isoToExcelSerial around the phantom 1900-02-29", () => {
    expect(excelSerialToIso(1)).toBe("1900-01-01");
    expect(excelSerialToIso(59)).toBe("1900-02-28");
    expect(excelSerialToIso(61)).toBe("1900-03-01");
    expect(excelSerialToIso(45658)).toBe("2025-01-01");
  });

  it("drops the time of day", () => {
    expect(excelSerialToIso(45658.99)).toBe("2025-01-01");
  });

  it("round-trips every serial except 60", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_EXCEL_SERIAL }), (s) => {
        fc.pre(s !== 60);
        expect(isoToExcelSerial(excelSerialToIso(s))).toBe(s);
      }),
    );
  });

  it("rejects serial 60, Excel's non-existent 1900-02-29", () => {
    expect(() => excelSerialToIso(60)).toThrow(/never existed/);
  });

  it("rejects serials below 1 and above 9999-12-31", () => {
    expect(() => excelSerialToIso(0)).toThrow(OutOfRangeError);
    expect(() => excelSerialToIso(MAX_EXCEL_SERIAL + 1)).toThrow(OutOfRangeError);
  });

  it("rejects NaN naming serial", () => {
    expect(() => excelSerialToIso(NaN)).toThrow(/^serial: /);
  });
});

describe("Excel serial ↔ UTC instant (exceljs Dates)", () => {
  it("maps 1970-01-01 to 25569 and keeps the time of day as the fraction", () => {
    expect(excelSerialToUtcMs(25569)).toBe(0);
    expect(utcMsToExcelSerial(Date.UTC(2025, 10, 28, 12))).toBe(45989.5);
    expect(excelSerialToUtcMs(45989)).toBe(Date.parse("2025-11-28T00:00:00Z"));
  });

  it("agrees with the ISO conversion and round-trips (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_EXCEL_SERIAL }), (serial) => {
        expect(new Date(excelSerialToUtcMs(serial)).toISOString().slice(0, 10)).toBe(
          excelSerialToIso(serial),
        );
        expect(utcMsToExcelSerial(excelSerialToUtcMs(serial))).toBe(serial);
      }),
    );
  });
});
