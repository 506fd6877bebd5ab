// Stored data for tests and screenshots, in the app's own storage format.
export const FABRIC_KIT = {
  version: 1,
  data: {
    bands: [
      { id: 1, colour: { name: "Green", swatch: "#2e7d32" }, label: "light", band_type: "fabric_loop", pounds: [20, 37] },
      { id: 2, colour: { name: "Grey", swatch: "#757575" }, label: "medium", band_type: "fabric_loop", pounds: [30, 46] },
      { id: 3, colour: { name: "Black", swatch: "#212121" }, label: "heavy", band_type: "fabric_loop", pounds: [40, 55] },
    ],
    next_id: 4,
  },
};

/** Stores `records` ({ key: value }) in the app's localStorage and reloads. */
export async function seed(page, records) {
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) {
      localStorage.setItem(key, JSON.stringify(value));
    }
  }, records);
  await page.reload();
}
