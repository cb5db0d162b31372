import { Injectable, Logger, OnApplicationBootstrap, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@miteinander/server-platform';
import defaultList from './data/landkreis-leipzig-municipalities.json';

interface MunicipalityFile {
  county: string;
  municipalities: { name: string; kind: string; lat: number; lon: number }[];
}

/** Loads the county's municipalities once, when the table is empty. Another county ships its own file. */
export async function loadMunicipalities(dataSource: DataSource, list: MunicipalityFile = defaultList): Promise<number> {
  return dataSource.transaction(async (m) => {
    // Serialised: several api processes may start at once.
    await m.query(`LOCK TABLE municipalities IN EXCLUSIVE MODE`);
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM municipalities`);
    if (n > 0) return 0;
    const rows = [...list.municipalities.map((x) => ({ ...x, outside: false })), { name: 'außerhalb des Landkreises', kind: 'outside', lat: null, lon: null, outside: true }];
    for (const r of rows) {
      await m.query(`INSERT INTO municipalities (name, kind, lat, lon, outside_county) VALUES ($1, $2, $3, $4, $5)`, [r.name, r.kind, r.lat, r.lon, r.outside]);
    }
    return rows.length;
  });
}

@Injectable()
export class MunicipalityLoader implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.role === 'worker') return;
    const added = await loadMunicipalities(this.dataSource);
    if (added) new Logger('People').log(`Loaded ${added} municipalities`);
  }
}
