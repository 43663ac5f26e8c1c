import { FINDER_API } from "@/lib/api/endpoints/finder";
import { handle, route } from "@/lib/api/route";
import { getFinderSettings, updateFinderSettings } from "@/lib/finder/data/finder-settings";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(FINDER_API.settings, ({ actor }) => getFinderSettings(actor)),
  handle(FINDER_API.updateSettings, ({ actor, body }) => updateFinderSettings(actor, body)),
);
