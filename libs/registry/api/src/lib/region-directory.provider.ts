import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RegionDirectory } from '@xiangzhi/identity/api';
import { GridEntity } from './entities/grid.entity';
import { RegionEntity } from './entities/region.entity';

/** The registry's answer to the identity domain's RegionDirectory: does a region (or grid) code exist? */
@Injectable()
export class RegistryRegionDirectory extends RegionDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  exists(code: string): Promise<boolean> {
    if (code.length === 15) return this.dataSource.manager.existsBy(GridEntity, { code });
    return this.dataSource.manager.existsBy(RegionEntity, { code });
  }
}

/** Provides RegionDirectory to every module (identity takes it optionally, without importing the registry). */
@Global()
@Module({
  providers: [{ provide: RegionDirectory, useClass: RegistryRegionDirectory }],
  exports: [RegionDirectory],
})
export class RegionDirectoryModule {}
