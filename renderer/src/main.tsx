import '@mantine/core/styles.css';
import { Autocomplete, Combobox, MantineProvider, MultiSelect, Select, createTheme } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { foldFilter } from './components/foldFilter';

// Every searchable drop-down folds as search does ("muong cha" finds "Mường Chà"): components/foldFilter.ts.
const folding = { defaultProps: { filter: foldFilter } };
const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  components: {
    Select: Select.extend(folding), MultiSelect: MultiSelect.extend(folding), Autocomplete: Autocomplete.extend(folding),
    // Mantine keeps every closed Select's list in the page (hidden) and positions it on mount: a tab
    // of fifteen recommendations held thirty hidden lists, each placed by floating-ui with a forced
    // style read, most of the time the tab took to open (README, "Speed"). The list is built when it
    // opens instead; what she sees and the keys that drive it are the same.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <App />
    </MantineProvider>
  </StrictMode>,
);
