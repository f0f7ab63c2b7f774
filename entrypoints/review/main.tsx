// The review dialog page, framed over the site by the content script. Thin: see src/ui/review.
import { render } from 'preact';
import '../../src/ui/review/review.css';
import { ReviewApp } from '../../src/ui/review/ReviewApp';
import { createReviewClient, sessionIdFromHash } from '../../src/ui/review/review-client';

const client = createReviewClient(sessionIdFromHash(location.hash));
render(<ReviewApp client={client} />, document.getElementById('app')!);
