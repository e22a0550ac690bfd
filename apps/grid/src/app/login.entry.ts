// A static re-export, so that the lazy chunk keeps only the phone sign-in page: the feature-login barrel also holds
// the console's ng-zorro pages, and esbuild cannot tree-shake what a dynamic import() of the barrel returns.
export { GridLoginComponent } from '@xiangzhi/identity/feature-login';
