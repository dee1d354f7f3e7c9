"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Development only (app/layout.tsx renders it under `next dev`): refreshes the
 * page's server data when scripts/dev.mjs reports that a content file changed.
 */
export function ContentReload() {
  const router = useRouter();
  useEffect(() => {
    const port = process.env.NEXT_PUBLIC_CONTENT_RELOAD_PORT;
    if (!port) return;
    const events = new EventSource(`http://${window.location.hostname}:${port}/`);
    events.onmessage = () => router.refresh();
    return () => events.close();
  }, [router]);
  return null;
}
