// Next.js calls register() once when a server starts, before it serves requests.
// The work lives in a Node-only module (the edge runtime never loads it).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { runStartup } = await import("@/lib/server/startup");
    await runStartup();
  }
}

export async function onRequestError(...args: Parameters<typeof import("@/lib/server/request-errors").logRequestError>) {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logRequestError } = await import("@/lib/server/request-errors");
    logRequestError(...args);
  }
}
