package io.ispflow.lead;

import io.ispflow.testsupport.ServiceBootContract;

class LeadApplicationIT extends ServiceBootContract {}
