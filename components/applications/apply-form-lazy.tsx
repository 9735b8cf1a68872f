"use client";
// The apply form, loaded only on the pages that show it (a candidate's who has
// not applied). Imported outright, it and its libraries (react-hook-form, zod:
// some 110 kB gzip) were sent with every job page, to visitors who cannot
// apply too: the App Router sends every client component a page's server
// components import. A dynamic import from a client component is the one it
// leaves out until it is rendered; the server still renders the form, so it
// works without JavaScript.
import dynamic from "next/dynamic";

export const ApplyForm = dynamic(() => import("@/components/applications/apply-form").then((m) => m.ApplyForm));
