// zod, configured once for the app. Its JIT compiles parsers with `new Function`,
// which the Content-Security-Policy (no 'unsafe-eval') forbids in the browser;
// even zod's probe for it shows up as a CSP violation. Schemas import z from here.
import { z } from "zod";

z.config({ jitless: true });

export { z };
