import { useState } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../components/status';
import { graphql } from '../../gql';
import { useAcademicYear } from '../../use-academic-year';
import { CompassSection } from './CompassSection';
import { MyBookingsSection } from './MyBookingsSection';
import { MyInstitutionSection } from './MyInstitutionSection';
import { OpenOpportunitiesSection } from './OpenOpportunitiesSection';

const MyInstitution = graphql(`
  query MyInstitution {
    myInstitution {
      id
      name
      urn
      type
      laCode
      laName
      pupils
    }
  }
`);

/** A careers leader's home: their institution, its bookings and the places they may request. */
export function CareersLeaderHomePage() {
  const academicYear = useAcademicYear();
  const [result] = useQuery({ query: MyInstitution });
  const [requests, setRequests] = useState(0);
  return (
    <>
      <h1>My institution</h1>
      <QueryState result={result} what="your institution">
        {({ myInstitution }) =>
          myInstitution ? (
            <>
              <MyInstitutionSection institution={myInstitution} academicYear={academicYear} />
              <MyBookingsSection institutionId={myInstitution.id} changes={requests} />
              <OpenOpportunitiesSection
                institutionId={myInstitution.id}
                onRequested={() => setRequests((n) => n + 1)}
              />
              <CompassSection institutionId={myInstitution.id} />
            </>
          ) : (
            <p className="empty">
              No institution names you as its careers leader yet: ask your Careers Hub to link your
              account to your school or college.
            </p>
          )
        }
      </QueryState>
    </>
  );
}
