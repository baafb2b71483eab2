import { CompaniesScreen } from '../screens/Companies/CompaniesScreen';
import { CompanyDetailScreen } from '../screens/CompanyDetail/CompanyDetailScreen';
import { ContactDetailScreen } from '../screens/ContactDetail/ContactDetailScreen';
import { ContactsScreen } from '../screens/Contacts/ContactsScreen';
import { DealDetailScreen } from '../screens/DealDetail/DealDetailScreen';
import { DuplicatesScreen } from '../screens/Duplicates/DuplicatesScreen';
import { PipelineScreen } from '../screens/Pipeline/PipelineScreen';
import { QuoteScreen } from '../screens/Quote/QuoteScreen';
import { AdminScreen } from '../screens/Admin/AdminScreen';
import { AgendaScreen } from '../screens/Agenda/AgendaScreen';
import { CatalogueScreen } from '../screens/Catalogue/CatalogueScreen';
import { ImportScreen } from '../screens/Import/ImportScreen';
import { SettingsScreen } from '../screens/Settings/SettingsScreen';
import { SyncReviewScreen } from '../screens/SyncReview/SyncReviewScreen';
import { TodayScreen } from '../screens/Today/TodayScreen';
import { DashboardScreen } from '../screens/Dashboard/DashboardScreen';
import { TargetsScreen } from '../screens/Targets/TargetsScreen';
import { ReportScreen } from '../screens/Reports/ReportScreen';
import { ReportsScreen } from '../screens/Reports/ReportsScreen';
import { useRouterStore } from '../stores/router-store';

/** The screen for the current route. */
export function Routes() {
  const route = useRouterStore((state) => state.route);
  switch (route.name) {
    case 'today':
      return <TodayScreen />;
    case 'dashboard':
      return <DashboardScreen />;
    case 'targets':
      return <TargetsScreen />;
    case 'contacts':
      return <ContactsScreen />;
    case 'contact':
      return <ContactDetailScreen key={route.id} id={route.id} />;
    case 'companies':
      return <CompaniesScreen />;
    case 'company':
      return <CompanyDetailScreen key={route.id} id={route.id} />;
    case 'deals':
      return <PipelineScreen />;
    case 'deal':
      return <DealDetailScreen key={route.id} id={route.id} />;
    case 'quote':
      return <QuoteScreen key={route.id} quoteId={route.id} />;
    case 'newQuote':
      return <QuoteScreen key={`new-${route.dealId}`} newForDeal={route.dealId} />;
    case 'catalogue':
      return <CatalogueScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'review':
      return <SyncReviewScreen />;
    case 'admin':
      return <AdminScreen />;
    case 'import':
      return <ImportScreen key={route.entity} entity={route.entity} />;
    case 'duplicates':
      return <DuplicatesScreen key={route.entity} entity={route.entity} />;
    case 'agenda':
      return <AgendaScreen view={route.view} date={route.date} />;
    case 'reports':
      return <ReportsScreen />;
    case 'report':
      return <ReportScreen key={route.report} name={route.report} />;
  }
}
