import { FluentProvider, RendererProvider, webDarkTheme, webLightTheme, type GriffelRenderer } from '@fluentui/react-components';
import { App } from './App';
import { usePrefersDark } from './useColorScheme';

function ThemedApp() {
  const dark = usePrefersDark();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <App />
    </FluentProvider>
  );
}

/** Griffel's renderer carries the CSP nonce, so it must wrap everything that creates styles. */
export function Root({ renderer }: { renderer: GriffelRenderer }) {
  return (
    <RendererProvider renderer={renderer} targetDocument={document}>
      <ThemedApp />
    </RendererProvider>
  );
}
