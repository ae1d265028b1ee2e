/**
 * First-leg shipping modes and containers, shared by landed cost, dates and batch splitting.
 * The seed's first leg (头程) is China → overseas warehouse / FBA by express, air or sea.
 */
import { reason } from "./reasons";
import { InputError } from "./errors";

/** express = courier (DHL/FedEx/UPS); air = air freight; sea_lcl = less than container; sea_fcl = full container. */
export type ShippingMode = "express" | "air" | "sea_lcl" | "sea_fcl";
/** All modes, fastest first. */
export const SHIPPING_MODES: readonly ShippingMode[] = ["express", "air", "sea_lcl", "sea_fcl"];

/** @internal Chinese name of each mode, for the core's `messageZh` texts (seed: 快递 / 空运 / 海运). */
export const SHIPPING_MODE_ZH: Readonly<Record<ShippingMode, string>> = Object.freeze({
  express: "快递",
  air: "空运",
  sea_lcl: "海运拼箱",
  sea_fcl: "海运整柜",
});

/** ISO 668 dry containers: 20' and 40' general purpose, 40' high cube. */
export type ContainerType = "20GP" | "40GP" | "40HQ";
export const CONTAINER_TYPES: readonly ContainerType[] = ["20GP", "40GP", "40HQ"];

/** @internal throws InputError unless `value` is a ShippingMode. */
export function requireMode(argument: string, value: unknown): ShippingMode {
  if (typeof value !== "string" || !(SHIPPING_MODES as readonly string[]).includes(value)) {
    throw new InputError(
      argument,
      reason("oneOf", { choices: SHIPPING_MODES.join(", "), got: String(value) }),
    );
  }
  return value as ShippingMode;
}

/** @internal throws InputError unless `value` is a ContainerType. */
export function requireContainer(argument: string, value: unknown): ContainerType {
  if (typeof value !== "string" || !(CONTAINER_TYPES as readonly string[]).includes(value)) {
    throw new InputError(
      argument,
      reason("oneOf", { choices: CONTAINER_TYPES.join(", "), got: String(value) }),
    );
  }
  return value as ContainerType;
}
