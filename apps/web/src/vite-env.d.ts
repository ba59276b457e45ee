/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Map tile URL template, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png" (the default). */
  readonly VITE_MAP_TILE_URL?: string;
  /** The attribution the tile provider asks for, as HTML. */
  readonly VITE_MAP_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
