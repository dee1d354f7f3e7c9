import type { Scene } from "../content/schema";
import type { TimelineScene } from "./layout";

/** A film's scenes as the timeline lays them out: minutes flattened, story date kept when known. */
export function timelineScenes(scenes: Scene[]): TimelineScene[] {
  return scenes.map((s) => ({ id: s.id, order: s.order, title: s.title, from: s.minutes.from, to: s.minutes.to, storyDate: s.storyDate }));
}
