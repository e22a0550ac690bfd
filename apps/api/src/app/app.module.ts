import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@xiangzhi/server/core';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { PointsModule, PointsResultsModule } from '@xiangzhi/points/api';
import { ShopModule } from '@xiangzhi/shop/api';
import { ChecklistsModule } from '@xiangzhi/checklists/api';

/** Wires the platform and the domain modules; nothing else lives in the app. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        IdentityModule,
        RegistryModule,
        PointsModule,
        PointsResultsModule,
        ShopModule,
        ChecklistsModule,
      ],
    };
  }
}
