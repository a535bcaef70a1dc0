/** The Monitoring Officer's page (admin.html): edit policy.json and directory.json, preview, export. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { Fetcher } from "./config/load";

// Same-origin only: the page reads its own config files and sends nothing anywhere.
const fetcher: Fetcher = (url) => fetch(url, { cache: "no-cache", credentials: "same-origin" });

const root = document.getElementById("root");
if (root) createRoot(root).render(<App baseUrl={document.baseURI} fetcher={fetcher} />);
