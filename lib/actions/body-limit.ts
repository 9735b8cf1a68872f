// The largest request body a server action accepts. next.config.mjs gives Next
// the same figure (serverActions.bodySizeLimit); proxy.ts refuses larger ones
// with 413 and a reason. 2 MB lets a 1 MB text reach the schema, which then
// answers "too long" on its field.
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
