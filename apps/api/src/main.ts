import 'reflect-metadata';
import { AppConfig, createApp } from '@xiangzhi/server/core';
import { AppModule } from './app/app.module';

async function main(): Promise<void> {
  const config = AppConfig.fromEnv();
  const app = await createApp(AppModule.forRoot(config), config);
  await app.listen(config.values.PORT, config.values.HOST);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
