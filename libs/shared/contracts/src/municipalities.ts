/** A town or municipality of the county (configuration data), or "outside the county"; GET /api/v1/municipalities. */
export interface MunicipalityView {
  id: number;
  name: string;
  kind: string;
  lat: number | null;
  lon: number | null;
  outsideCounty: boolean;
}
