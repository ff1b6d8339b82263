export * from "./queries";
export * from "./records";
export * from "./faq";
export * from "./arguments";
export * from "./site";
export * from "./text";
export { serializeJsonLd } from "./json-ld";
export * from "./metadata";
export * from "./describe";
